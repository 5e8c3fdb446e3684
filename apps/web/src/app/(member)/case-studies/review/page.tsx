import { ReviewQueueDocument } from '@mic/web-data-access';
import { ReviewQueue } from '@mic/web-feature-case-studies';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { readSessionToken } from '../../../../lib/auth/session';
import {
  approveCaseStudyAction,
  returnCaseStudyAction,
} from '../../../../lib/case-studies/actions';

export const metadata: Metadata = { title: 'Peer review queue' };

const paramsSchema = z.object({
  error: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z.string().max(300).optional().catch(undefined),
  ),
});

interface ReviewPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ReviewPage({ searchParams }: ReviewPageProps): Promise<ReactElement> {
  // Signed-in check here; the API lists SUBMITTED case studies only to reviewers and their authors.
  if (!(await readSessionToken()))
    redirect(`/sign-in?returnTo=${encodeURIComponent('/case-studies/review')}`);
  const { error } = paramsSchema.parse(await searchParams);
  const result = await getClient().query({ query: ReviewQueueDocument, fetchPolicy: 'no-cache' });
  if (!result.data) throw new Error('The review queue is unavailable');
  return (
    <ReviewQueue
      queue={result.data.caseStudies}
      approveAction={approveCaseStudyAction}
      returnAction={returnCaseStudyAction}
      error={error}
    />
  );
}
