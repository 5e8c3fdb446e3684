import { AdminOrganisationOptionsDocument } from '@mic/web-data-access';
import { AdminForm } from '@mic/web-feature-directory';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../../../lib/apollo/rsc-client';
import { NotAllowed, loadAdmin } from '../../../../../lib/admin-orgs/admin-access';
import { saveOrganisationAction } from '../../../../../lib/admin-orgs/actions';
import { organisationFields } from '../organisation-fields';

export const metadata: Metadata = { title: 'Add an organisation' };

/** Admins add an organisation (ICS admins within their ICSs). */
export default async function NewOrganisationPage(): Promise<ReactElement> {
  const admin = await loadAdmin('/admin/organisations/new');
  if (!admin) return <NotAllowed who="regional admins and ICS admins" />;
  const { data } = await getClient().query({ query: AdminOrganisationOptionsDocument });
  if (!data) throw new Error('The form options are unavailable');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/admin/organisations">Organisations</BackLink>
        <h1 className="nhsuk-heading-xl">Add an organisation</h1>
        <p>Search the list first: the organisation may already be there under another name.</p>
        <AdminForm
          action={saveOrganisationAction}
          fields={organisationFields(data)}
          submitLabel="Add organisation"
          testId="organisation-form"
        />
      </div>
    </div>
  );
}
