import { CaseStudyStatusDocument } from '@mic/web-data-access';
import { SubmittedPanel, slugSchema } from '@mic/web-feature-case-studies';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { queryOrNull } from '../../../../../lib/apollo/query-or-null';
import { requireSession } from '../../../../../lib/auth/require-session';

export const metadata: Metadata = { title: 'Case study submitted for review' };

interface SubmittedPageProps {
  params: Promise<{ slug: string }>;
}

/** After "Submit for review": a confirmation panel and what happens next (its editors only). */
export default async function CaseStudySubmittedPage({
  params,
}: SubmittedPageProps): Promise<ReactElement> {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  await requireSession(`/case-studies/${slug.data}/submitted`);
  const result = await queryOrNull({
    query: CaseStudyStatusDocument,
    variables: { slug: slug.data },
    fetchPolicy: 'no-cache',
  });
  const cs = result?.data?.caseStudy;
  if (!cs) notFound();
  if (cs.status !== 'SUBMITTED' || !cs.canEdit) redirect(`/case-studies/${cs.slug}`);
  return <SubmittedPanel title={cs.title} slug={cs.slug} />;
}
