import { CaseStudyStatusDocument } from '@mic/web-data-access';
import { ArchivedPanel, slugSchema } from '@mic/web-feature-case-studies';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { queryOrNull } from '../../../../../lib/apollo/query-or-null';
import { requireSession } from '../../../../../lib/auth/require-session';

export const metadata: Metadata = { title: 'Case study archived' };

interface ArchivedPageProps {
  params: Promise<{ slug: string }>;
}

/** The confirmation after archiving; anything not archived goes back to the case study. */
export default async function CaseStudyArchivedPage({
  params,
}: ArchivedPageProps): Promise<ReactElement> {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  await requireSession(`/case-studies/${slug.data}/archived`);
  const result = await queryOrNull({
    query: CaseStudyStatusDocument,
    variables: { slug: slug.data },
    fetchPolicy: 'no-cache',
  });
  const cs = result?.data?.caseStudy;
  if (!cs) notFound();
  if (cs.status !== 'ARCHIVED' || !cs.canEdit) redirect(`/case-studies/${cs.slug}`);
  return <ArchivedPanel title={cs.title} slug={cs.slug} />;
}
