import { PrivacyPolicyDocument } from '@mic/web-data-access';
import { InsetText } from '@mic/web-ui';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../lib/apollo/rsc-client';

export const metadata: Metadata = { title: 'Privacy notice' };

interface PrivacyPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The defaults, shown only if the API cannot be reached (config decides the real values). */
const FALLBACK = {
  accountDeletionGraceDays: 14,
  dataExportDays: 7,
  sessionDays: 30,
  sessionIdleHours: 12,
  endedSessionDays: 30,
  resetTokenDays: 7,
  sentMailDays: 90,
};

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

export default async function PrivacyPage({
  searchParams,
}: PrivacyPageProps): Promise<ReactElement> {
  const params = await searchParams;
  const retention = await getClient()
    .query({ query: PrivacyPolicyDocument })
    .then((result) => result.data?.privacyPolicy.retention ?? FALLBACK)
    .catch(() => FALLBACK);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {params['accountDeletion'] === 'scheduled' ? (
          <InsetText>
            <p>
              You have been signed out and your account will be deleted in{' '}
              {days(retention.accountDeletionGraceDays)}. Changed your mind? Sign in before then and
              choose &quot;Keep my account&quot;.
            </p>
          </InsetText>
        ) : null}
        <h1 className="nhsuk-heading-xl">Privacy notice</h1>
        <p className="nhsuk-lede-text">
          How Midlands Improvement Commons uses your personal information.
        </p>

        <h2>What we collect</h2>
        <ul className="nhsuk-list nhsuk-list--bullet">
          <li>your name, email address and organisation, when you create an account</li>
          <li>the roles you hold and whether your membership is verified</li>
          <li>what you publish or post, such as case studies and replies</li>
        </ul>

        <h2>Why we use it</h2>
        <p>
          To run the platform: to let you sign in, to show other members who shared a piece of work,
          and to keep the service safe. We do not sell your data or use it for advertising.
        </p>

        <h2>Cookies</h2>
        <p>
          We set two essential cookies when you sign in. <code>mic_session</code> keeps you signed
          in and is deleted when you sign out. <code>mic_device</code> remembers that this browser
          has signed in to your account before, so that someone else guessing your password cannot
          lock you out; it lasts a year and holds no personal details. We do not use analytics or
          marketing cookies, and the website loads nothing from other websites.
        </p>

        <h2>How long we keep it, and why</h2>
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
            What we keep, for how long and why
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">What</th>
              <th scope="col">How long</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            <tr>
              <td>Your name, email address, organisation and roles</td>
              <td>
                While your account is open; anonymised {days(retention.accountDeletionGraceDays)}{' '}
                after you ask us to delete it
              </td>
              <td>To let you sign in and to show who shared a piece of work</td>
            </tr>
            <tr>
              <td>Sign-in sessions (browser, approximate network)</td>
              <td>
                A session ends after {days(retention.sessionDays)}, or after{' '}
                {retention.sessionIdleHours} hours unused. An ended session is deleted{' '}
                <span data-testid="retention-ended-sessions">
                  {days(retention.endedSessionDays)}
                </span>{' '}
                after it ended; all are deleted with your account
              </td>
              <td>To keep you signed in and let you see where you are signed in</td>
            </tr>
            <tr>
              <td>Password reset links (stored scrambled)</td>
              <td>
                Work for 1 hour; deleted{' '}
                <span data-testid="retention-reset-links">{days(retention.resetTokenDays)}</span>{' '}
                after they were used or expired
              </td>
              <td>To let you choose a new password, once</td>
            </tr>
            <tr>
              <td>Emails we sent you</td>
              <td>
                The text is deleted{' '}
                <span data-testid="retention-sent-mail">{days(retention.sentMailDays)}</span> after
                sending; the address, subject and date stay as the record that it was sent
              </td>
              <td>To resend a failed email and to show that a notice was sent</td>
            </tr>
            <tr>
              <td>What you publish: case studies, adoptions, comments</td>
              <td>
                While published. When your account is deleted, comments stay under &quot;Former
                member&quot; and case studies stay with your organisation without your name
              </td>
              <td>Shared learning belongs to the region and the organisations that did the work</td>
            </tr>
            <tr>
              <td>
                Your answers to event questions (dietary and access needs are special-category data)
              </td>
              <td>
                Access and dietary answers are deleted when the event&apos;s retention period ends
                (set by the organiser); every answer is deleted with your account
              </td>
              <td>So the organiser can make the event work for you</td>
            </tr>
            <tr>
              <td>A copy of your data you asked for (export)</td>
              <td>{days(retention.dataExportDays)}, then deleted</td>
              <td>So you can download it</td>
            </tr>
            <tr>
              <td>The audit log (who did what, by account id, never your name or email)</td>
              <td>Kept; it cannot be changed</td>
              <td>To keep the service accountable and safe</td>
            </tr>
          </tbody>
        </table>

        <h2>Your rights</h2>
        <p>
          You have the right to see, correct and delete the information we hold about you, and to
          complain to the Information Commissioner&apos;s Office (ICO). From{' '}
          <a href="/account/privacy">Your data and privacy</a> you can download a copy of your data
          (UK GDPR articles 15 and 20) and delete your account (article 17): you are signed out at
          once, and the account is anonymised after {days(retention.accountDeletionGraceDays)}
          unless you sign in and keep it.
        </p>
      </div>
    </div>
  );
}
