import { CaseStudyDetailDocument } from '@mic/web-data-access';
import { CaseStudyDetail, slugSchema } from '@mic/web-feature-case-studies';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { queryOrNull } from '../../../../lib/apollo/query-or-null';
import { readSessionToken } from '../../../../lib/auth/session';
import { SubjectDiscussion } from '../../../../lib/discussions/subject-discussion';
import { loadUploadPolicy } from '../../../../lib/files/upload-policy';
import {
  attachAssessmentToCaseStudyFormAction,
  confirmCaseStudyCurrentAction,
} from '../../../../lib/case-studies/review-actions';
import { mySubmittedAssessments } from '../../../../lib/case-studies/my-assessments';
import { FollowSection } from '../../../../lib/follows/follow-block';

interface CaseStudyPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const searchSchema = z.object({
  error: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z.string().max(300).optional().catch(undefined),
  ),
});

async function loadCaseStudy(rawSlug: string) {
  const slug = slugSchema.safeParse(rawSlug);
  if (!slug.success) notFound();
  // Missing, or a draft the viewer may not see: the API answers NOT_FOUND for both.
  const result = await queryOrNull({
    query: CaseStudyDetailDocument,
    variables: { slug: slug.data },
    fetchPolicy: 'no-cache',
  });
  if (!result?.data?.caseStudy) notFound();
  return result.data.caseStudy;
}

export async function generateMetadata({ params }: CaseStudyPageProps): Promise<Metadata> {
  const caseStudy = await loadCaseStudy((await params).slug);
  return { title: caseStudy.title };
}

export default async function CaseStudyPage({
  params,
  searchParams,
}: CaseStudyPageProps): Promise<ReactElement> {
  const caseStudy = await loadCaseStudy((await params).slug);
  const { error } = searchSchema.parse(await searchParams);
  const signedIn = Boolean(await readSessionToken());
  const assessments = signedIn && caseStudy.canEdit ? await mySubmittedAssessments() : [];
  const uploadPolicy = await loadUploadPolicy();
  const discussable = caseStudy.status === 'PUBLISHED' || caseStudy.status === 'ARCHIVED';
  return (
    <>
      <CaseStudyDetail
        caseStudy={caseStudy}
        confirmAction={signedIn ? confirmCaseStudyCurrentAction : undefined}
        attachAssessment={
          signedIn
            ? { action: attachAssessmentToCaseStudyFormAction, options: assessments }
            : undefined
        }
        signedIn={signedIn}
        virusScanned={uploadPolicy.virusScanned}
        error={error}
      />
      {caseStudy.status === 'PUBLISHED' ? (
        <FollowSection
          targetType="CASE_STUDY"
          targetId={caseStudy.id}
          name={caseStudy.title}
          returnTo={`/case-studies/${caseStudy.slug}`}
        />
      ) : null}
      {discussable ? (
        <SubjectDiscussion
          subjectType="CASE_STUDY"
          subjectId={caseStudy.id}
          title={caseStudy.title}
          returnTo={`/case-studies/${caseStudy.slug}`}
        />
      ) : null}
    </>
  );
}
