import { PrivacyOverviewDocument } from '@mic/web-data-access';
import type { PrivacyOverviewQuery } from '@mic/web-data-access';
import { DeleteAccountForm } from '@mic/web-feature-auth';
import { ActionForm, Button, InsetText } from '@mic/web-ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { requireSession } from '../../../../lib/auth/require-session';
import {
  cancelAccountDeletionAction,
  deleteMyAccountAction,
  requestDataExportAction,
} from '../../../../lib/privacy/actions';

export const metadata: Metadata = { title: 'Your data and privacy' };

const PATH = '/account/privacy';

function longDate(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/London',
  });
}

function ExportSection({ current }: { current: PrivacyOverviewQuery['myDataExport'] }): ReactElement {
  const running = current && (current.status === 'QUEUED' || current.status === 'RUNNING');
  return (
    <section aria-labelledby="export">
      <h2 className="nhsuk-heading-m" id="export">
        Export your data
      </h2>
      <p>
        Get a ZIP file of everything the Commons keeps about you: your profile and memberships, the
        case studies and adoptions you wrote, your comments and reactions, your event registrations
        and answers, notifications, what you follow, the audit entries about you, and the files you
        uploaded. We email you when it is ready.
      </p>
      {running ? (
        <>
          <p role="status">
            Your export is being prepared ({current.progress}% done). This usually takes a minute.
          </p>
          <p>
            {/* A new query string each time: a link that only changes the fragment would not reload. */}
            <a href={`${PATH}?checked=${Date.now()}#export`}>Refresh to see its progress</a>
          </p>
        </>
      ) : null}
      {current?.status === 'READY' && current.downloadUrl ? (
        <>
          <p>
            <a href={current.downloadUrl} download>
              Download your data (ZIP)
            </a>
          </p>
          <p className="nhsuk-body-s">
            Available until {current.expiresAt ? longDate(current.expiresAt) : 'it expires'}; then it
            is deleted.
          </p>
        </>
      ) : null}
      {current?.status === 'FAILED' ? (
        <p>Your last export could not be built. Please ask again.</p>
      ) : null}
      {!running ? (
        <ActionForm action={requestDataExportAction} initialState={{ errors: [] }} permalink={`${PATH}#export`}>
          <Button variant="secondary">
            {current?.status === 'READY' ? 'Request a new export' : 'Request your data'}
          </Button>
        </ActionForm>
      ) : null}
    </section>
  );
}

interface PrivacyPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AccountPrivacyPage({ searchParams }: PrivacyPageProps): Promise<ReactElement> {
  await requireSession(PATH);
  const params = await searchParams;
  const data = await getClient()
    .query({ query: PrivacyOverviewDocument, fetchPolicy: 'no-cache' })
    .then((result) => result.data ?? null)
    .catch(() => null);
  if (!data) redirect(`/sign-in?returnTo=${encodeURIComponent(PATH)}`);
  const deletion = data.myAccountDeletion;
  const { accountDeletionGraceDays } = data.privacyPolicy.retention;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {deletion ? (
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>
                Your account will be deleted
              </span>
            </h2>
            <p>
              You asked us to delete your account. It will be anonymised on{' '}
              {longDate(deletion.scheduledFor)}.
            </p>
            <ActionForm action={cancelAccountDeletionAction} initialState={{ errors: [] }} permalink={PATH}>
              <Button>Keep my account</Button>
            </ActionForm>
          </div>
        ) : null}
        {params['kept'] ? (
          <InsetText>
            <p>Your account will not be deleted.</p>
          </InsetText>
        ) : null}
        <h1 className="nhsuk-heading-xl">Your data and privacy</h1>
        <p>
          Read the <a href="/privacy">privacy notice</a> for what we keep, for how long and why.
        </p>
        <ExportSection current={data.myDataExport} />
        {!deletion ? (
          <section aria-labelledby="delete">
            <h2 className="nhsuk-heading-m" id="delete">
              Delete your account
            </h2>
            <p>
              You will be signed out everywhere at once. Your account is anonymised after{' '}
              {accountDeletionGraceDays} days; until then you can sign in and keep it.
            </p>
            <p>
              When it is anonymised, your name becomes &quot;Former member&quot; and your email address is
              freed. Your comments stay under &quot;Former member&quot;; your case studies stay with your
              organisation without your name; your answers to event questions, your private files,
              what you follow and your notifications are deleted.
            </p>
            <DeleteAccountForm action={deleteMyAccountAction} graceDays={accountDeletionGraceDays} />
          </section>
        ) : null}
        <p>
          <a href="/account">Back to my account</a>
        </p>
      </div>
    </div>
  );
}
