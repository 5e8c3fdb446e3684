import { AdminPeopleDocument, AdminViewerDocument } from '@mic/web-data-access';
import {
  ADMIN_PEOPLE_PAGE_SIZE,
  AdminNav,
  AdminNotAllowed,
  PeopleFilters,
  PeopleTable,
  adminPeopleFilter,
  adminPeopleHref,
  isAdmin,
  isFiltered,
  parseAdminPeopleParams,
} from '@mic/web-feature-admin';
import { Pagination } from '@mic/web-ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { requireSession } from '../../../../lib/auth/require-session';

export const metadata: Metadata = { title: 'People – Administration' };

const PATH = '/admin/people';

interface AdminPeoplePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Search people (name or email, ICS, organisation, role, status), with paging. A GET form: no JavaScript needed. */
export default async function AdminPeoplePage({
  searchParams,
}: AdminPeoplePageProps): Promise<ReactElement> {
  await requireSession(PATH);
  const params = parseAdminPeopleParams(await searchParams);
  const client = getClient();
  const me = await client
    .query({ query: AdminViewerDocument, fetchPolicy: 'no-cache' })
    .then((result) => result.data?.me ?? null)
    .catch(() => null);
  if (!me) redirect(`/sign-in?returnTo=${encodeURIComponent(PATH)}`);
  if (!isAdmin(me.roles)) return <AdminNotAllowed />;
  const { data, error } = await client.query({
    query: AdminPeopleDocument,
    variables: {
      filter: adminPeopleFilter(params),
      first: ADMIN_PEOPLE_PAGE_SIZE,
      after: params.after ?? null,
    },
    fetchPolicy: 'no-cache',
    errorPolicy: 'all',
  });
  if (!data?.icss) throw new Error('The people search is unavailable');
  const regional = me.roles.includes('REGIONAL_ADMIN');
  const mine = new Set(
    me.roleAssignments.filter((r) => r.role === 'ICS_ADMIN').map((r) => r.ics?.odsCode),
  );
  const icss = regional ? data.icss : data.icss.filter((i) => mine.has(i.odsCode));
  const page = data.adminPeople ?? null;
  const filtered = isFiltered(params);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <AdminNav current={PATH} />
        <h1 className="nhsuk-heading-xl">People</h1>
        <p className="nhsuk-body">
          {regional
            ? 'Everyone with an account. Open a person to change their roles, verify their membership, or suspend them.'
            : 'People whose organisation is in your ICS. Open a person to change their roles, verify their membership, or suspend them.'}
        </p>
      </div>
      <div className="nhsuk-grid-column-one-third">
        <PeopleFilters
          params={params}
          icss={icss}
          organisations={data.organisations.edges.map((e) => e.node)}
        />
      </div>
      <div className="nhsuk-grid-column-two-thirds">
        {error || !page ? (
          <p className="nhsuk-body" role="status">
            The search could not be run with these filters. <a href={PATH}>Clear the search</a>.
          </p>
        ) : (
          <>
            <p className="nhsuk-body" role="status">
              {page.totalCount} {page.totalCount === 1 ? 'person' : 'people'}
              {filtered ? ' match this search' : ''}
            </p>
            <PeopleTable people={page.edges.map((e) => e.node)} />
            <Pagination
              previous={
                params.after
                  ? { href: adminPeopleHref({ ...params, after: undefined }), title: 'First page' }
                  : undefined
              }
              next={
                page.pageInfo.hasNextPage
                  ? { href: adminPeopleHref(params, page.pageInfo.endCursor), title: 'Next' }
                  : undefined
              }
              ariaLabel="People pages"
            />
          </>
        )}
      </div>
    </div>
  );
}
