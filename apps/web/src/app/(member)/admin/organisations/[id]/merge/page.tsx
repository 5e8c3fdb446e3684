import { OrganisationMergePreviewDocument, toApiErrors } from '@mic/web-data-access';
import { AdminForm, isOrganisationId } from '@mic/web-feature-directory';
import { BackLink, ErrorSummary } from '@mic/web-ui';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../../../../lib/apollo/rsc-client';
import { NotAllowed, loadAdmin } from '../../../../../../lib/admin-orgs/admin-access';
import { mergeOrganisationsAction } from '../../../../../../lib/admin-orgs/actions';

export const metadata: Metadata = { title: 'Merge organisations' };

interface MergePageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The confirm page: what the duplicate has that would move, then a POST that merges. */
export default async function MergeOrganisationsPage({
  params,
  searchParams,
}: MergePageProps): Promise<ReactElement> {
  const { id } = await params;
  const raw = (await searchParams)['duplicate'];
  const duplicateId = typeof raw === 'string' ? raw : '';
  const back = `/admin/organisations/${id}`;
  const admin = await loadAdmin(`${back}/merge`);
  if (!admin) return <NotAllowed who="regional admins and ICS admins" />;
  const problem = (message: string) => (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={isOrganisationId(id) ? back : '/admin/organisations'}>
          Back to the organisation
        </BackLink>
        <ErrorSummary
          errors={[
            { message, href: isOrganisationId(id) ? `${back}#duplicate` : '/admin/organisations' },
          ]}
        />
        <h1 className="nhsuk-heading-xl">Merge organisations</h1>
        <p>
          <a href={isOrganisationId(id) ? back : '/admin/organisations'}>
            Choose the duplicate again
          </a>
        </p>
      </div>
    </div>
  );
  if (!isOrganisationId(id)) return problem('This is not an organisation that can be merged.');
  if (!isOrganisationId(duplicateId)) return problem('Choose the duplicate organisation to merge');
  if (duplicateId === id)
    return problem('Choose two different organisations: one cannot be merged into itself.');
  const result = await getClient()
    .query({
      query: OrganisationMergePreviewDocument,
      variables: { input: { survivorId: id, duplicateId } },
      fetchPolicy: 'no-cache',
    })
    .then((r) => ({ data: r.data, error: null }))
    .catch((error: unknown) => ({ data: null, error: toApiErrors(error)[0] }));
  if (!result.data)
    return problem(result.error?.message ?? 'The organisations could not be compared.');
  const preview = result.data.organisationMergePreview;
  const moving = preview.moves.filter((m) => m.count > 0);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={back}>{`Back to ${preview.survivor.name}`}</BackLink>
        <h1 className="nhsuk-heading-xl">
          Merge {preview.duplicate.name} into {preview.survivor.name}
        </h1>
        <p>
          <strong>{preview.survivor.name}</strong> stays. <strong>{preview.duplicate.name}</strong>{' '}
          is removed and its page then leads to {preview.survivor.name}.
        </p>
        <h2 className="nhsuk-heading-m">What moves</h2>
        {moving.length ? (
          <table className="nhsuk-table" data-testid="merge-moves">
            <caption className="nhsuk-u-visually-hidden">What moves from the duplicate</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th className="nhsuk-table__header" scope="col">
                  What
                </th>
                <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
                  How many
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {moving.map((m) => (
                <tr className="nhsuk-table__row" key={m.label}>
                  <td className="nhsuk-table__cell">{m.label}</td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{m.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p data-testid="merge-moves">Nothing references the duplicate: it is simply removed.</p>
        )}
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              This cannot be undone
            </span>
          </h3>
          <p>
            Where both organisations had the same thing (a follower, a commitment), one is kept.
          </p>
        </div>
        <AdminForm
          action={mergeOrganisationsAction}
          fields={[]}
          hidden={{ survivorId: preview.survivor.id, duplicateId: preview.duplicate.id }}
          submitLabel="Merge organisations"
          testId="merge-confirm"
        />
      </div>
    </div>
  );
}
