import { ReferenceDataDocument } from '@mic/web-data-access';
import { TableScroll } from '@mic/web-ui';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { NotAllowed, loadAdmin } from '../../../../lib/admin-orgs/admin-access';

export const metadata: Metadata = { title: 'Reference data' };

interface ReferenceDataPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

interface Entry {
  key: string;
  label: string;
  description?: string | null;
  retiredAt?: string | null;
}

function EntryTable({
  caption,
  slug,
  entries,
}: {
  caption: string;
  slug: string;
  entries: Entry[];
}): ReactElement {
  return (
    <TableScroll labelledBy={`reference-${slug}-caption`}>
      <table className="nhsuk-table" data-testid={`reference-${slug}`}>
        <caption
          className="nhsuk-table__caption nhsuk-u-visually-hidden"
          id={`reference-${slug}-caption`}
        >
          {caption}
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">
              Label
            </th>
            <th className="nhsuk-table__header" scope="col">
              Key
            </th>
            <th className="nhsuk-table__header" scope="col">
              Status
            </th>
            <th className="nhsuk-table__header" scope="col">
              <span className="nhsuk-u-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {entries.map((e) => (
            <tr className="nhsuk-table__row" key={e.key}>
              <td className="nhsuk-table__cell">
                {e.label}
                {e.description ? (
                  <div className="nhsuk-body-s nhsuk-u-margin-bottom-0">{e.description}</div>
                ) : null}
              </td>
              <td className="nhsuk-table__cell">
                <code>{e.key}</code>
              </td>
              <td className="nhsuk-table__cell">
                {e.retiredAt ? (
                  <strong className="nhsuk-tag nhsuk-tag--grey">Retired</strong>
                ) : (
                  'Offered'
                )}
              </td>
              <td className="nhsuk-table__cell">
                <a href={`/admin/reference-data/${slug}/${e.key}`}>
                  Change<span className="nhsuk-u-visually-hidden"> {e.label}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Regional admins: themes, organisation types and metrics. */
export default async function ReferenceDataPage({
  searchParams,
}: ReferenceDataPageProps): Promise<ReactElement> {
  const admin = await loadAdmin('/admin/reference-data', 'regional');
  if (!admin) return <NotAllowed who="regional admins" />;
  const saved = (await searchParams)['saved'];
  const { data } = await getClient().query({
    query: ReferenceDataDocument,
    fetchPolicy: 'no-cache',
  });
  if (!data) throw new Error('The reference data is unavailable');
  return (
    <>
      <h1 className="nhsuk-heading-xl">Reference data</h1>
      {typeof saved === 'string' ? (
        <div className="nhsuk-inset-text" role="status" data-testid="reference-saved">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>{saved} was saved.</p>
        </div>
      ) : null}
      <p>
        Keys never change once created, because content uses them. Retire an entry to stop offering
        it: content that already uses it keeps it. Every change is recorded in the audit log.
      </p>
      <h2 className="nhsuk-heading-l">Themes</h2>
      <a className="nhsuk-button nhsuk-button--secondary" href="/admin/reference-data/themes/new">
        Add a theme
      </a>
      <EntryTable caption="Themes" slug="themes" entries={data.themes} />
      <h2 className="nhsuk-heading-l">Organisation types</h2>
      <a
        className="nhsuk-button nhsuk-button--secondary"
        href="/admin/reference-data/organisation-types/new"
      >
        Add an organisation type
      </a>
      <EntryTable
        caption="Organisation types"
        slug="organisation-types"
        entries={data.organisationTypes}
      />
      <h2 className="nhsuk-heading-l">Metrics</h2>
      <p>
        The metric dictionary has its own pages: <a href="/metrics">see all metrics</a> or{' '}
        <a href="/metrics/new">add a metric</a>.
      </p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {data.metrics.map((m) => (
          <li key={m.key}>
            <a href={`/metrics/${m.key}/edit`}>{m.label}</a> ({m.unit})
          </li>
        ))}
      </ul>
    </>
  );
}
