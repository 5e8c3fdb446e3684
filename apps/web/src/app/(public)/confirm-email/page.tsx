import { ConfirmEmailForm } from '@mic/web-feature-auth';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { confirmEmailAction } from '../../../lib/membership/actions';

export const metadata: Metadata = { title: 'Confirm your email address', referrer: 'no-referrer' };

const searchSchema = z.object({
  token: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z.string().max(300).catch('').default(''),
  ),
});

interface ConfirmEmailPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The link in the confirmation email. Opening it only shows a button: the
 * token is used by the POST, because mail scanners open links on their own.
 * Works signed out.
 */
export default async function ConfirmEmailPage({
  searchParams,
}: ConfirmEmailPageProps): Promise<ReactElement> {
  const { token } = searchSchema.parse(await searchParams);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ConfirmEmailForm action={confirmEmailAction} token={token} />
      </div>
    </div>
  );
}
