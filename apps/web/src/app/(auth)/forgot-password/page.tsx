import { ForgotPasswordForm } from '@mic/web-feature-auth';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { requestPasswordResetAction } from '../../../lib/auth/account-actions';

export const metadata: Metadata = { title: 'Reset your password' };

interface ForgotPasswordPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ForgotPasswordPage({
  searchParams,
}: ForgotPasswordPageProps): Promise<ReactElement> {
  const sent = (await searchParams)['sent'] === '1';
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {sent ? (
          <>
            <h1 className="nhsuk-heading-xl">Check your email</h1>
            <p>
              If an account uses that email address, we have sent it a link to choose a new
              password. The link works once and expires after 1 hour.
            </p>
            <p>
              If nothing arrives within a few minutes, check your spam or junk folder, or{' '}
              <a href="/forgot-password">ask for another link</a>.
            </p>
            <p>
              <a href="/sign-in">Back to sign in</a>
            </p>
          </>
        ) : (
          <ForgotPasswordForm action={requestPasswordResetAction} />
        )}
      </div>
    </div>
  );
}
