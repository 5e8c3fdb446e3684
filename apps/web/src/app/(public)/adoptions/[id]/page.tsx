import { AdoptionDetailDocument, hasApiErrorCode } from '@mic/web-data-access';
import { AdoptionDetail } from '@mic/web-feature-case-studies';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { getClient } from '../../../../lib/apollo/rsc-client';
import {
  addAdoptionMeasurementAction,
  attachAssessmentToAdoptionAction,
  changeAdoptionStageAction,
  logAdaptationAction,
  saveReadinessAction,
} from '../../../../lib/case-studies/actions';
import { mySubmittedAssessments } from '../../../../lib/case-studies/my-assessments';

export const metadata: Metadata = { title: 'Adoption' };

const idSchema = z.string().uuid();
const paramsSchema = z.object({
  error: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z.string().max(300).optional().catch(undefined),
  ),
});

interface AdoptionPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AdoptionPage({
  params,
  searchParams,
}: AdoptionPageProps): Promise<ReactElement> {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const { error } = paramsSchema.parse(await searchParams);
  const result = await getClient()
    .query({ query: AdoptionDetailDocument, variables: { id: id.data }, fetchPolicy: 'no-cache' })
    .catch((e: unknown) => {
      if (hasApiErrorCode(e, 'NOT_FOUND')) return null;
      throw e;
    });
  if (!result?.data?.adoption) notFound();
  const assessments = result.data.adoption.canEdit ? await mySubmittedAssessments() : [];
  return (
    <AdoptionDetail
      data={result.data}
      stageAction={changeAdoptionStageAction}
      adaptationAction={logAdaptationAction}
      measurementAction={addAdoptionMeasurementAction}
      readinessAction={saveReadinessAction}
      attachAssessment={{ action: attachAssessmentToAdoptionAction, options: assessments }}
      error={error}
    />
  );
}
