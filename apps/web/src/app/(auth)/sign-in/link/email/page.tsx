import { EmailLinkConfirmForm } from '@mic/web-feature-auth';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { confirmSsoLinkByEmailAction } from '../../../../../lib/auth/sso-actions';

export const metadata: Metadata = { title: 'Link your organisation sign-in' };

interface EmailLinkPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * Where the emailed "confirm it's you" link lands (issue #15). Opening it
 * changes nothing; the button links the organisation sign-in, in the browser
 * that signed in (its link cookie), once, within 30 minutes.
 */
export default async function EmailLinkPage({
  searchParams,
}: EmailLinkPageProps): Promise<ReactElement> {
  const { token } = await searchParams;
  const value = typeof token === 'string' && /^[A-Za-z0-9_-]{10,200}$/.test(token) ? token : null;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {value ? (
          <EmailLinkConfirmForm action={confirmSsoLinkByEmailAction} token={value} />
        ) : (
          <>
            <h1 className="nhsuk-heading-xl">This link is not complete</h1>
            <p>
              Copy the whole link from the email into this browser, or{' '}
              <a href="/sign-in">sign in with your organisation again</a>.
            </p>
          </>
        )}
      </div>
    </div>
  );
}
