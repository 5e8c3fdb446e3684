import { CaseStudyStatusDocument, ReviewQueueDocument } from '@mic/web-data-access';
import { ReviewQueue, slugSchema } from '@mic/web-feature-case-studies';
import type { ReviewQueueProps } from '@mic/web-feature-case-studies';
import { hasAnyRole, REVIEWER_ROLES } from '@mic/shared-util';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { queryOrNull } from '../../../../lib/apollo/query-or-null';
import { getClient } from '../../../../lib/apollo/rsc-client';
import { requireSession } from '../../../../lib/auth/require-session';
import { loadSessionUser } from '../../../../lib/auth/session-user';

export const metadata: Metadata = { title: 'Peer review queue' };

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const paramsSchema = z.object({
  published: z.preprocess(first, slugSchema.optional().catch(undefined)),
  returned: z.preprocess(first, z.literal('1').optional().catch(undefined)),
});

interface ReviewQueuePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The peer review queue (moderators, ICS admins and regional admins; others get "page not found"). */
export default async function ReviewQueuePage({
  searchParams,
}: ReviewQueuePageProps): Promise<ReactElement> {
  await requireSession('/case-studies/review');
  // The permission check lives here: only reviewers have a queue (the API checks every decision).
  const user = await loadSessionUser();
  if (!user || !hasAnyRole(user.roles, REVIEWER_ROLES)) notFound();
  const params = paramsSchema.parse(await searchParams);
  const result = await getClient().query({ query: ReviewQueueDocument, fetchPolicy: 'no-cache' });
  if (!result.data) throw new Error('The review queue is unavailable');

  let done: ReviewQueueProps['done'];
  if (params.published) {
    const published = await queryOrNull({
      query: CaseStudyStatusDocument,
      variables: { slug: params.published },
      fetchPolicy: 'no-cache',
    });
    const cs = published?.data?.caseStudy;
    if (cs?.status === 'PUBLISHED') done = { kind: 'published', title: cs.title, slug: cs.slug };
  } else if (params.returned) {
    done = { kind: 'returned' };
  }
  return <ReviewQueue queue={result.data.caseStudies} done={done} />;
}
