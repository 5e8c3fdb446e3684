import { CaseStudyDetailDocument, hasApiErrorCode } from '@mic/web-data-access';
import { CaseStudyDetail, slugSchema } from '@mic/web-feature-case-studies';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';

interface CaseStudyPageProps {
  params: Promise<{ slug: string }>;
}

async function loadCaseStudy(rawSlug: string) {
  const slug = slugSchema.safeParse(rawSlug);
  if (!slug.success) notFound();
  const result = await getClient()
    .query({ query: CaseStudyDetailDocument, variables: { slug: slug.data } })
    .catch((error: unknown) => {
      // Missing, or a draft the viewer may not see: the API answers NOT_FOUND for both.
      if (hasApiErrorCode(error, 'NOT_FOUND')) return null;
      throw error;
    });
  if (!result?.data?.caseStudy) notFound();
  return result.data.caseStudy;
}

export async function generateMetadata({ params }: CaseStudyPageProps): Promise<Metadata> {
  const caseStudy = await loadCaseStudy((await params).slug);
  return { title: caseStudy.title };
}

export default async function CaseStudyPage({ params }: CaseStudyPageProps): Promise<ReactElement> {
  const caseStudy = await loadCaseStudy((await params).slug);
  return <CaseStudyDetail caseStudy={caseStudy} />;
}
