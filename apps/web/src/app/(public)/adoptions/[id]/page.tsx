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
} from '../../../../lib/case-studies/adoption-actions';
import { mySubmittedAssessments } from '../../../../lib/case-studies/my-assessments';

export const metadata: Metadata = { title: 'Adoption' };

const idSchema = z.string().uuid();
const flag = z.preprocess(
  (v) => (Array.isArray(v) ? v[0] : v),
  z.literal('1').optional().catch(undefined),
);
/** `declared=1` after "Adopt this"; `already=1` when the organisation was already adopting it. */
const searchSchema = z.object({ declared: flag, already: flag });

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
  const { declared, already } = searchSchema.parse(await searchParams);
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
      actions={{
        stage: changeAdoptionStageAction,
        adaptation: logAdaptationAction,
        readiness: saveReadinessAction,
        figure: addAdoptionMeasurementAction,
        attach: attachAssessmentToAdoptionAction,
      }}
      assessmentOptions={assessments}
      notice={declared ? 'declared' : already ? 'already' : undefined}
    />
  );
}
