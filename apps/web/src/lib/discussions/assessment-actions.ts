'use server';

import {
  SaveAssessmentDocument,
  StartAssessmentDocument,
  SubmitAssessmentDocument,
  toApiErrors,
} from '@mic/web-data-access';
import { assessmentErrorsFromApi, startAssessmentError } from '@mic/web-feature-toolkits';
import type { AssessmentFormState } from '@mic/web-feature-toolkits';
import type { ActionFormState } from '@mic/web-ui';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { signedInActionClient as client } from '../actions/action-helpers';

const uuid = z.string().uuid();

/** Starts an assessment on the toolkit's current form and opens it; says why on the page if it cannot. */
export async function startAssessmentAction(
  _state: ActionFormState,
  formData: FormData,
): Promise<ActionFormState> {
  const toolkitId = uuid.parse(formData.get('toolkitId'));
  const slug = String(formData.get('slug') ?? '');
  const api = await client(`/toolkits/${slug}/assessment`);
  const { data, error } = await api.mutate({
    mutation: StartAssessmentDocument,
    variables: { input: { toolkitId } },
    errorPolicy: 'all',
  });
  if (error || !data) {
    return {
      errors: [{ message: startAssessmentError(toApiErrors(error)) }],
      submittedAt: Date.now(),
    };
  }
  redirect(`/assessments/${data.startAssessment.id}`);
}

/** Saves the answers, then (intent=submit) submits; refused answers come back on the page, never in the URL. */
export async function saveAssessmentAction(
  _state: AssessmentFormState,
  formData: FormData,
): Promise<AssessmentFormState> {
  const assessmentId = uuid.parse(formData.get('assessmentId'));
  const back = `/assessments/${assessmentId}`;
  const given = [...formData.entries()]
    .filter(([name, value]) => name.startsWith('answer:') && typeof value === 'string')
    .map(([name, value]) => ({ questionKey: name.slice('answer:'.length), value: String(value) }));
  const values = Object.fromEntries(given.map((a) => [a.questionKey, a.value]));
  // Every text box is sent, blank ones too, so clearing an answer and saving clears it.
  const answers = given;
  const api = await client(back);
  const refused = (error: unknown): AssessmentFormState => ({
    errors: assessmentErrorsFromApi(toApiErrors(error)),
    values,
    submittedAt: Date.now(),
  });
  const saved = await api.mutate({
    mutation: SaveAssessmentDocument,
    variables: { input: { assessmentId, answers } },
    errorPolicy: 'all',
  });
  if (saved.error) return refused(saved.error);
  if (formData.get('intent') !== 'submit') redirect(`${back}?saved=1`);
  const submitted = await api.mutate({
    mutation: SubmitAssessmentDocument,
    variables: { input: { assessmentId } },
    errorPolicy: 'all',
  });
  if (submitted.error) return refused(submitted.error);
  redirect(`${back}?submitted=1`);
}
