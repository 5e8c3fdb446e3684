import { ChangePasswordForm } from '@mic/web-feature-auth';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { changePasswordAction } from '../../../../lib/auth/account-actions';
import { requireSession } from '../../../../lib/auth/require-session';

export const metadata: Metadata = { title: 'Change your password' };

export default async function ChangePasswordPage(): Promise<ReactElement> {
  await requireSession('/account/password');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ChangePasswordForm action={changePasswordAction} />
      </div>
    </div>
  );
}
