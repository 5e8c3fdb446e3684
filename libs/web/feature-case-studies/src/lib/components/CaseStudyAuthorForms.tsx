'use client';

import { ErrorSummary } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { LifecycleFormState } from '../utils/lifecycle-forms';
import { emptyLifecycleFormState } from '../utils/lifecycle-forms';
import { AttachedAssessments } from './AttachedAssessments';
import type { AssessmentOption, AttachedAssessment } from './AttachedAssessments';
import { SubmitButton } from './FormFields';

export type LifecycleAction = (
  state: LifecycleFormState,
  formData: FormData,
) => Promise<LifecycleFormState>;

/** "Confirm it is still current" on an overdue case study (editors); errors stay on the page. */
export function ConfirmCurrentForm({
  action,
  caseStudy,
}: {
  action: LifecycleAction;
  caseStudy: { id: string; slug: string; version: number };
}): ReactElement {
  const [state, formAction] = useActionState(action, emptyLifecycleFormState());
  return (
    <form action={formAction}>
      <ErrorSummary
        key={state.submittedAt ?? 0}
        errors={state.errors.map((e) => ({ message: e.message }))}
      />
      <input type="hidden" name="id" value={caseStudy.id} />
      <input type="hidden" name="slug" value={caseStudy.slug} />
      <input type="hidden" name="expectedVersion" value={caseStudy.version} />
      <SubmitButton secondary>Confirm it is still current</SubmitButton>
    </form>
  );
}

/** The attached toolkit assessments of a case study, with the editors' attach form (errors stay on the page). */
export function CaseStudyAssessments({
  action,
  caseStudy,
  assessments,
  options,
}: {
  action: LifecycleAction;
  caseStudy: { id: string; slug: string };
  assessments: ReadonlyArray<AttachedAssessment>;
  options: ReadonlyArray<AssessmentOption>;
}): ReactElement {
  const [state, formAction] = useActionState(action, emptyLifecycleFormState());
  return (
    <>
      <ErrorSummary
        key={state.submittedAt ?? 0}
        errors={state.errors.map((e) => ({ message: e.message }))}
      />
      <AttachedAssessments
        assessments={assessments}
        attach={{
          action: formAction,
          hidden: { caseStudyId: caseStudy.id, slug: caseStudy.slug },
          options,
        }}
      />
    </>
  );
}
