import { CommitmentFilterOptionsDocument, CommitmentsDocument } from '@mic/web-data-access';
import {
  COMMITMENTS_PAGE_SIZE,
  CommitmentList,
  RAG_OPTIONS,
  commitmentsFilter,
  commitmentsHref,
  parseCommitmentsParams,
} from '@mic/web-feature-commitments';
import { Pagination, Select } from '@mic/web-ui';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../lib/apollo/rsc-client';
import { readSessionToken } from '../../../lib/auth/session';

export const metadata: Metadata = { title: 'Commitments tracker' };

interface CommitmentsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The regional commitments tracker: filters (a GET form, no JavaScript), the list and paging. */
export default async function CommitmentsPage({
  searchParams,
}: CommitmentsPageProps): Promise<ReactElement> {
  const params = parseCommitmentsParams(await searchParams);
  const client = getClient();
  const [options, list] = await Promise.all([
    client.query({ query: CommitmentFilterOptionsDocument }),
    client.query({
      query: CommitmentsDocument,
      variables: {
        filter: commitmentsFilter(params),
        first: COMMITMENTS_PAGE_SIZE,
        after: params.after ?? null,
      },
    }),
  ]);
  if (!options.data || !list.data) throw new Error('The commitments tracker is unavailable');
  const signedIn = Boolean(await readSessionToken());
  const { totalCount, pageInfo, edges } = list.data.commitments;
  const filtered = Boolean(
    params.ics || params.theme || params.organisation || params.status || params.overdue,
  );
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1 className="nhsuk-heading-l">Commitments tracker</h1>
        <p className="nhsuk-body-l">
          Public commitments by Midlands organisations, with dated progress updates. A commitment
          whose progress update is late is flagged as overdue and its owner is reminded.
        </p>
        {signedIn ? (
          <p className="nhsuk-body">
            <a href="/commitments/new">Record a commitment</a>
          </p>
        ) : null}
      </div>
      <div className="nhsuk-grid-column-one-third">
        <form method="get" action="/commitments" aria-label="Filter commitments">
          <h2 className="nhsuk-heading-s">Filter</h2>
          <Select
            id="ics"
            label="ICS"
            options={[
              { value: '', text: 'All ICSs' },
              ...options.data.icss.map((i) => ({ value: i.odsCode, text: i.name })),
            ]}
            defaultValue={params.ics ?? ''}
          />
          <Select
            id="theme"
            label="Theme"
            options={[
              { value: '', text: 'All themes' },
              ...options.data.themes.map((t) => ({ value: t.key, text: t.label })),
            ]}
            defaultValue={params.theme ?? ''}
          />
          <Select
            id="organisation"
            label="Organisation"
            options={[
              { value: '', text: 'All organisations' },
              ...options.data.organisations.edges.map((e) => ({
                value: e.node.id,
                text: e.node.name,
              })),
            ]}
            defaultValue={params.organisation ?? ''}
          />
          <Select
            id="status"
            label="Latest status"
            options={[
              { value: '', text: 'Any status' },
              ...RAG_OPTIONS.map((o) => ({ value: o.value, text: o.text })),
            ]}
            defaultValue={params.status ?? ''}
          />
          <Select
            id="overdue"
            label="Progress update"
            options={[
              { value: '', text: 'Overdue or not' },
              { value: 'yes', text: 'Overdue' },
              { value: 'no', text: 'Not overdue' },
            ]}
            defaultValue={params.overdue ?? ''}
          />
          <button type="submit" className="nhsuk-button nhsuk-button--secondary">
            Apply filters
          </button>
          {filtered ? (
            <p className="nhsuk-body">
              <a href="/commitments">Clear filters</a>
            </p>
          ) : null}
        </form>
      </div>
      <div className="nhsuk-grid-column-two-thirds">
        <p className="nhsuk-body" role="status">
          {totalCount} commitment{totalCount === 1 ? '' : 's'}
          {filtered ? ' match these filters' : ''}
        </p>
        <CommitmentList items={edges.map((e) => e.node)} caption="Commitments, newest first" />
        <Pagination
          previous={
            params.after
              ? { href: commitmentsHref({ ...params, after: undefined }), title: 'First page' }
              : undefined
          }
          next={
            pageInfo.hasNextPage
              ? { href: commitmentsHref(params, pageInfo.endCursor), title: 'Next' }
              : undefined
          }
          ariaLabel="Commitments pages"
        />
      </div>
    </div>
  );
}
