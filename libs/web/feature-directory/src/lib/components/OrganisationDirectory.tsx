import type { OrganisationFilterOptionsQuery, OrganisationsQuery } from '@mic/web-data-access';
import { Pagination } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { OrganisationsSearchParams } from '../utils/directory-params';
import { organisationsHref } from '../utils/directory-params';
import { OrganisationFilters } from './OrganisationFilters';
import { OrganisationSummaryList } from './OrganisationSummaryList';

export interface OrganisationDirectoryProps {
  connection: OrganisationsQuery['organisations'];
  options: OrganisationFilterOptionsQuery;
  params: OrganisationsSearchParams;
}

/** The organisations page: filters, one page of results and next/first-page links. */
export function OrganisationDirectory({
  connection,
  options,
  params,
}: OrganisationDirectoryProps): ReactElement {
  const organisations = connection.edges.map((edge) => edge.node);
  const { endCursor, hasNextPage } = connection.pageInfo;
  const filters = { q: params.q, ics: params.ics, type: params.type };
  return (
    <>
      <h1 className="nhsuk-heading-xl">Organisations</h1>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <OrganisationFilters options={options} current={params} />
        </div>
        <div className="nhsuk-grid-column-two-thirds">
          <h2 className="nhsuk-heading-m" id="results-heading">
            {connection.totalCount} {connection.totalCount === 1 ? 'organisation' : 'organisations'}
            {filters.q || filters.ics || filters.type ? ' match your filters' : ''}
          </h2>
          {organisations.length > 0 ? (
            <OrganisationSummaryList organisations={organisations} />
          ) : (
            <p>No organisations match. Try a different name or clear the filters.</p>
          )}
          <Pagination
            previous={
              params.after ? { href: organisationsHref(filters), title: 'First page' } : undefined
            }
            next={
              hasNextPage && endCursor
                ? {
                    href: organisationsHref({ ...filters, after: endCursor }),
                    title: 'Next',
                    label: 'More organisations',
                  }
                : undefined
            }
          />
        </div>
      </div>
    </>
  );
}
