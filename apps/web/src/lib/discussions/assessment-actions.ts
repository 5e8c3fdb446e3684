'use server';

import {
  SaveAssessmentDocument,
  StartAssessmentDocument,
  SubmitAssessmentDocument,
  toApiErrors,
} from '@mic/web-data-access';
import type { AssessmentFormState } from '@mic/web-feature-toolkits';
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
    const known = toApiErrors(error).find((e) =>
      ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'].includes(e.code),
    );
    return {
      errors: [
        { message: known?.message ?? 'The assessment could not be started. Try again later.' },
      ],
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
  const refused = (error: unknown): AssessmentFormState => {
    const errors = toApiErrors(error);
    const readable = (e: (typeof errors)[number]) =>
      ['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND'].includes(e.code) &&
      !/Variable "\$|got invalid value|Expected type/.test(e.message)
        ? e.message
        : 'Your answers could not be saved. Try again later.';
    const fields = errors
      .filter((e) => e.field)
      .map((e) => ({ field: e.field as string, message: readable(e) }));
    return {
      errors: fields.length
        ? fields
        : [
            {
              message: errors[0]
                ? readable(errors[0])
                : 'Your answers could not be saved. Try again later.',
            },
          ],
      values,
      submittedAt: Date.now(),
    };
  };
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
