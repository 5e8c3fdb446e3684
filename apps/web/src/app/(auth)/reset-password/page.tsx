import { PasswordResetTokenValidDocument } from '@mic/web-data-access';
import { ResetPasswordForm } from '@mic/web-feature-auth';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { getClient } from '../../../lib/apollo/rsc-client';
import { resetPasswordAction } from '../../../lib/auth/account-actions';

export const metadata: Metadata = { title: 'Choose a new password' };

interface ResetPasswordPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/);

async function isLive(token: string): Promise<boolean | null> {
  try {
    const { data } = await getClient().query({
      query: PasswordResetTokenValidDocument,
      variables: { token },
    });
    return data?.passwordResetTokenValid ?? null;
  } catch {
    return null;
  }
}

function LinkProblem({ heading, children }: { heading: string; children: string }): ReactElement {
  return (
    <>
      <h1 className="nhsuk-heading-xl">{heading}</h1>
      <p>{children}</p>
      <p>
        <a href="/forgot-password">Ask for a new reset link</a>
      </p>
    </>
  );
}

export default async function ResetPasswordPage({
  searchParams,
}: ResetPasswordPageProps): Promise<ReactElement> {
  const token = tokenSchema.safeParse((await searchParams)['token']);
  const live = token.success ? await isLive(token.data) : false;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {!token.success ? (
          <LinkProblem heading="This reset link is incomplete">
            Copy the whole link from the email into your browser, or ask for a new one.
          </LinkProblem>
        ) : live === false ? (
          <LinkProblem heading="This reset link has expired or has been used">
            Reset links work once and expire after 1 hour. Your password has not changed.
          </LinkProblem>
        ) : (
          // live === null (the service could not check): show the form; the reset itself re-checks.
          <ResetPasswordForm action={resetPasswordAction} token={token.data} />
        )}
      </div>
    </div>
  );
}
