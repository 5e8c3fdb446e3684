'use server';

import {
  SaveAssessmentDocument,
  StartAssessmentDocument,
  SubmitAssessmentDocument,
  toApiErrors,
} from '@mic/web-data-access';
import type { ActionFormState } from '@mic/web-ui';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { createActionClient } from '../apollo/action-client';
import { readSessionToken } from '../auth/session';

const uuid = z.string().uuid();

async function client(returnTo: string) {
  const token = await readSessionToken();
  if (!token) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return createActionClient(token);
}

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
    const known = toApiErrors(error).find((e) => ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'].includes(e.code));
    return {
      errors: [{ message: known?.message ?? 'The assessment could not be started. Try again later.' }],
      submittedAt: Date.now(),
    };
  }
  redirect(`/assessments/${data.startAssessment.id}`);
}

/** Saves the answers, then (intent=submit) submits; errors come back as field errors in the URL. */
export async function saveAssessmentAction(formData: FormData): Promise<void> {
  const assessmentId = uuid.parse(formData.get('assessmentId'));
  const back = `/assessments/${assessmentId}`;
  const answers = [...formData.entries()]
    .filter(
      ([name, value]) => name.startsWith('answer:') && typeof value === 'string' && value !== '',
    )
    .map(([name, value]) => ({ questionKey: name.slice('answer:'.length), value: String(value) }));
  const api = await client(back);
  const saved = await api.mutate({
    mutation: SaveAssessmentDocument,
    variables: { input: { assessmentId, answers } },
    errorPolicy: 'all',
  });
  const fail = (error: unknown) => {
    const errors = toApiErrors(error);
    const fields = errors
      .filter((e) => e.field)
      .map((e) => ({ field: e.field as string, message: e.message }));
    const payload = fields.length
      ? fields
      : [{ field: '', message: errors[0]?.message ?? 'Something went wrong.' }];
    redirect(`${back}?errors=${encodeURIComponent(JSON.stringify(payload))}`);
  };
  if (saved.error) fail(saved.error);
  if (formData.get('intent') !== 'submit') redirect(`${back}?saved=1`);
  const submitted = await api.mutate({
    mutation: SubmitAssessmentDocument,
    variables: { input: { assessmentId } },
    errorPolicy: 'all',
  });
  if (submitted.error) fail(submitted.error);
  redirect(`${back}?submitted=1`);
}
