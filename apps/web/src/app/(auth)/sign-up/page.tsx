import { SignUpForm, groupOrganisationsByIcs } from '@mic/web-feature-auth';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { signUpAction } from '../../../lib/auth/actions';
import { loadSessionUser } from '../../../lib/auth/session-user';
import { loadAllOrganisations } from '../../../lib/membership/organisations';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage(): Promise<ReactElement> {
  if (await loadSessionUser()) redirect('/account');
  const organisations = await loadAllOrganisations();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <SignUpForm
          action={signUpAction}
          organisationGroups={groupOrganisationsByIcs(organisations)}
        />
      </div>
    </div>
  );
}
