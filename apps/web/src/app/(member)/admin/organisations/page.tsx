import { AdminOrganisationsDocument } from '@mic/web-data-access';
import {
  ORGANISATIONS_PAGE_SIZE,
  organisationsSearchParamsSchema,
} from '@mic/web-feature-directory';
import { Pagination, TableScroll } from '@mic/web-ui';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { NotAllowed, loadAdmin } from '../../../../lib/admin-orgs/admin-access';

export const metadata: Metadata = { title: 'Manage organisations' };

const PATH = '/admin/organisations';

interface AdminOrganisationsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function href(params: { q?: string; ics?: string; type?: string; after?: string }): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${PATH}?${text}` : PATH;
}

/** Admins: search organisations by name, ICS and type; add, change and merge them. */
export default async function AdminOrganisationsPage({
  searchParams,
}: AdminOrganisationsPageProps): Promise<ReactElement> {
  const admin = await loadAdmin(PATH);
  if (!admin) return <NotAllowed who="regional admins and ICS admins" />;
  const params = organisationsSearchParamsSchema.parse(await searchParams);
  const { data } = await getClient().query({
    query: AdminOrganisationsDocument,
    fetchPolicy: 'no-cache',
    variables: {
      filter: {
        search: params.q ?? null,
        icsOdsCode: params.ics ?? null,
        type: params.type ?? null,
      },
      first: ORGANISATIONS_PAGE_SIZE,
      after: params.after ?? null,
    },
  });
  if (!data) throw new Error('The organisations are unavailable');
  const connection = data.adminOrganisations;
  // An ICS admin's list holds their ICSs' organisations only (the API narrows it); the filter offers just those.
  const ownIcss =
    admin.scope === 'regional'
      ? null
      : (data.me?.roleAssignments ?? [])
          .filter((a) => a.role === 'ICS_ADMIN' && a.ics)
          .map((a) => a.ics as { odsCode: string; shortName: string });
  const icsOptions = ownIcss ?? data.icss;
  const filters = { q: params.q, ics: params.ics, type: params.type };
  return (
    <>
      <h1 className="nhsuk-heading-xl">Manage organisations</h1>
      {ownIcss ? (
        <div className="nhsuk-inset-text" data-testid="ics-scope">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            Showing organisations in {ownIcss.map((ics) => ics.shortName).join(', ') || 'no ICS'},
            the {ownIcss.length === 1 ? 'ICS' : 'ICSs'} you administer.
          </p>
        </div>
      ) : null}
      <p>
        {admin.scope === 'regional'
          ? 'As a regional admin you can change any organisation.'
          : 'You can change organisations in the ICSs you administer.'}{' '}
        Requests for organisations that are not listed are in{' '}
        <a href="/admin/requests">organisation and membership requests</a>.
      </p>
      <a className="nhsuk-button" href={`${PATH}/new`} data-testid="add-organisation">
        Add an organisation
      </a>
      <form
        method="get"
        action={PATH}
        className="nhsuk-u-margin-bottom-5"
        role="search"
        aria-label="Organisations"
      >
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="q">
            Name contains
          </label>
          <input
            className="nhsuk-input nhsuk-input--width-20"
            id="q"
            name="q"
            type="search"
            defaultValue={params.q ?? ''}
          />
        </div>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="ics">
            ICS
          </label>
          <select className="nhsuk-select" id="ics" name="ics" defaultValue={params.ics ?? ''}>
            <option value="">{ownIcss ? 'All your ICSs' : 'Any ICS'}</option>
            {icsOptions.map((ics) => (
              <option key={ics.odsCode} value={ics.odsCode}>
                {ics.shortName}
              </option>
            ))}
          </select>
        </div>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="type">
            Type
          </label>
          <select className="nhsuk-select" id="type" name="type" defaultValue={params.type ?? ''}>
            <option value="">Any type</option>
            {data.organisationTypes.map((type) => (
              <option key={type.key} value={type.key}>
                {type.label}
              </option>
            ))}
          </select>
        </div>
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Search
        </button>
      </form>
      <h2 className="nhsuk-heading-m">
        {connection.totalCount} {connection.totalCount === 1 ? 'organisation' : 'organisations'}
      </h2>
      {connection.edges.length ? (
        <TableScroll labelledBy="organisations-caption">
          <table className="nhsuk-table">
            <caption className="nhsuk-u-visually-hidden" id="organisations-caption">
              Organisations
            </caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th className="nhsuk-table__header" scope="col">
                  Name
                </th>
                <th className="nhsuk-table__header" scope="col">
                  Type
                </th>
                <th className="nhsuk-table__header" scope="col">
                  ICS
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {connection.edges.map(({ node }) => (
                <tr className="nhsuk-table__row" key={node.id}>
                  <td className="nhsuk-table__cell">
                    <a href={`${PATH}/${node.id}`}>{node.name}</a>
                  </td>
                  <td className="nhsuk-table__cell">{node.type.label}</td>
                  <td className="nhsuk-table__cell">
                    {node.icss.map((ics) => ics.shortName).join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>No organisations match. Try a different name or clear the filters.</p>
      )}
      <Pagination
        previous={params.after ? { href: href(filters), title: 'First page' } : undefined}
        next={
          connection.pageInfo.hasNextPage && connection.pageInfo.endCursor
            ? {
                href: href({ ...filters, after: connection.pageInfo.endCursor }),
                title: 'Next',
                label: 'More organisations',
              }
            : undefined
        }
      />
    </>
  );
}
