import { randomUUID } from 'node:crypto';

import { DiscussionsListDocument } from '@mic/web-data-access';
import type { ThreadSubjectType } from '@mic/web-data-access';
import {
  DiscussionsFilter,
  DiscussionsTable,
  StartThreadForm,
  SUBJECT_TYPE_LABELS,
} from '@mic/web-feature-discussions';
import { Pagination } from '@mic/web-ui';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { getClient } from '../../../lib/apollo/rsc-client';
import { requireSession } from '../../../lib/auth/require-session';
import { startThreadAction } from '../../../lib/discussions/actions';

export const metadata: Metadata = { title: 'Discussions' };

const PAGE_SIZE = 20;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
/** Unknown or malformed filters are ignored (never echoed, never an error page). */
const searchSchema = z.object({
  type: z.preprocess(
    first,
    z
      .enum(Object.keys(SUBJECT_TYPE_LABELS) as [string, ...string[]])
      .optional()
      .catch(undefined),
  ),
  ics: z.preprocess(
    first,
    z
      .string()
      .regex(/^[A-Z0-9]{3,5}$/)
      .optional()
      .catch(undefined),
  ),
  theme: z.preprocess(
    first,
    z
      .string()
      .regex(/^[A-Z0-9_]{1,60}$/)
      .optional()
      .catch(undefined),
  ),
  unanswered: z.preprocess(first, z.literal('1').optional().catch(undefined)),
  mine: z.preprocess(first, z.literal('1').optional().catch(undefined)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(500).catch(1)).default(1),
});

interface DiscussionsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The API's offset cursor for the item before `offset` (pageInfo.endCursor of the page before). */
function cursorBefore(offset: number): string | undefined {
  return offset > 0 ? Buffer.from(`o:${offset - 1}`, 'utf8').toString('base64url') : undefined;
}

export default async function DiscussionsPage({
  searchParams,
}: DiscussionsPageProps): Promise<ReactElement> {
  await requireSession('/discussions');
  const query = searchSchema.parse(await searchParams);
  const { data } = await getClient().query({
    query: DiscussionsListDocument,
    variables: {
      filter: {
        subjectType: (query.type as ThreadSubjectType | undefined) ?? null,
        icsCode: query.ics ?? null,
        themeKey: query.theme ?? null,
        unanswered: query.unanswered ? true : null,
        mine: query.mine ? true : null,
      },
      first: PAGE_SIZE,
      after: cursorBefore((query.page - 1) * PAGE_SIZE),
    },
    fetchPolicy: 'no-cache',
  });
  const threads = data?.threads.edges.map((e) => e.node) ?? [];
  const total = data?.threads.totalCount ?? 0;
  const params = new URLSearchParams();
  if (query.type) params.set('type', query.type);
  if (query.ics) params.set('ics', query.ics);
  if (query.theme) params.set('theme', query.theme);
  if (query.unanswered) params.set('unanswered', '1');
  if (query.mine) params.set('mine', '1');
  const pageHref = (page: number) => {
    const p = new URLSearchParams(params);
    if (page > 1) p.set('page', String(page));
    const qs = p.toString();
    return `/discussions${qs ? `?${qs}` : ''}`;
  };
  const from = total ? (query.page - 1) * PAGE_SIZE + 1 : 0;
  const to = (query.page - 1) * PAGE_SIZE + threads.length;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-one-third">
        <h2 className="nhsuk-heading-m">Filter</h2>
        <DiscussionsFilter
          values={{
            type: query.type,
            ics: query.ics,
            theme: query.theme,
            unanswered: !!query.unanswered,
            mine: !!query.mine,
          }}
          icss={data?.icss ?? []}
          themes={data?.themes ?? []}
        />
      </div>
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Discussions</h1>
        <p className="nhsuk-body" role="status">
          {total === 0
            ? 'No discussions found.'
            : `Showing ${from} to ${to} of ${total} ${total === 1 ? 'discussion' : 'discussions'}.`}
        </p>
        <StartThreadForm
          action={startThreadAction}
          subjectType="GENERAL"
          subjectId="general"
          returnTo="/discussions"
          idPrefix="general"
          legend="Start a general discussion"
          clientKey={randomUUID()}
        />
        <DiscussionsTable threads={threads} filtered={params.size > 0} />
        <Pagination
          ariaLabel="Discussion pages"
          previous={
            query.page > 1 ? { href: pageHref(query.page - 1), title: 'Previous' } : undefined
          }
          next={
            data?.threads.pageInfo.hasNextPage
              ? { href: pageHref(query.page + 1), title: 'Next' }
              : undefined
          }
        />
      </div>
    </div>
  );
}
