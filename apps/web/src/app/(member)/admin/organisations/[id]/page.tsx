import { AdminOrganisationDocument, hasApiErrorCode } from '@mic/web-data-access';
import { AdminForm, isOrganisationId } from '@mic/web-feature-directory';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../../lib/apollo/rsc-client';
import { NotAllowed, loadAdmin } from '../../../../../lib/admin-orgs/admin-access';
import { saveOrganisationAction } from '../../../../../lib/admin-orgs/actions';
import { organisationFields } from '../organisation-fields';

export const metadata: Metadata = { title: 'Change an organisation' };

interface AdminOrganisationPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Admins change an organisation and choose a duplicate to merge into it. */
export default async function AdminOrganisationPage({
  params,
  searchParams,
}: AdminOrganisationPageProps): Promise<ReactElement> {
  const { id } = await params;
  const query = await searchParams;
  const path = `/admin/organisations/${id}`;
  const admin = await loadAdmin(path);
  if (!admin) return <NotAllowed who="regional admins and ICS admins" />;
  if (!isOrganisationId(id)) notFound();
  const result = await getClient()
    .query({ query: AdminOrganisationDocument, variables: { id }, fetchPolicy: 'no-cache' })
    .catch((error: unknown) => {
      if (hasApiErrorCode(error, 'BAD_USER_INPUT') || hasApiErrorCode(error, 'NOT_FOUND'))
        return null;
      throw error;
    });
  const org = result?.data?.organisation;
  if (!result?.data || !org) notFound();
  // A merged duplicate's old address leads to the organisation it became.
  if (org.id !== id) redirect(`/admin/organisations/${org.id}`);
  const merged = typeof query['merged'] === 'string' ? Number(query['merged']) : null;
  const saved = query['saved'] === '1';
  const others = result.data.choices.edges.map((e) => e.node).filter((o) => o.id !== org.id);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/admin/organisations">Organisations</BackLink>
        {saved || merged !== null ? (
          <div className="nhsuk-inset-text" role="status" data-testid="admin-organisation-notice">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              {merged !== null && Number.isFinite(merged)
                ? `The duplicate was merged into ${org.name}: ${merged} ${merged === 1 ? 'item' : 'items'} moved.`
                : 'The organisation was saved.'}
            </p>
          </div>
        ) : null}
        <h1 className="nhsuk-heading-xl">{org.name}</h1>
        <p>
          <a href={`/organisations/${org.id}`}>See its public page</a>
        </p>
        <h2 className="nhsuk-heading-l">Details</h2>
        <AdminForm
          action={saveOrganisationAction}
          fields={organisationFields(result.data)}
          hidden={{ id: org.id }}
          initialValues={{
            name: org.name,
            type: org.type.key,
            icsOdsCodes: org.icss.map((i) => i.odsCode),
            placeNames: org.places.map((p) => p.name).join(', '),
            emailDomains: org.emailDomains.join(', '),
            website: org.website ?? '',
            description: org.description ?? '',
          }}
          submitLabel="Save changes"
          testId="organisation-form"
        />
        <h2 className="nhsuk-heading-l">Merge a duplicate into this organisation</h2>
        <p>
          Everything the duplicate has (members, case studies, adoptions, events, commitments,
          toolkits and follows) moves to {org.name}, and the duplicate is removed. You will see what
          moves before you confirm.
        </p>
        <form
          method="get"
          action={`/admin/organisations/${org.id}/merge`}
          data-testid="merge-choose"
        >
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="duplicate">
              The duplicate
            </label>
            <select className="nhsuk-select" id="duplicate" name="duplicate" defaultValue="">
              <option value="">Choose…</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Check what would move
          </button>
        </form>
      </div>
    </div>
  );
}
