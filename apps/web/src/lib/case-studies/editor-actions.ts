'use server';

import {
  AttachCaseStudyFilesDocument,
  CreateCaseStudyDocument,
  RemoveCaseStudyAttachmentDocument,
  SubmitCaseStudyDocument,
  UpdateCaseStudyDocument,
  toApiErrors,
} from '@mic/web-data-access';
import type { CreateCaseStudyInput, UpdateCaseStudyInput } from '@mic/web-data-access';
import {
  CONFLICT_MESSAGE,
  LAST_QUESTION_STEP,
  editorErrorsFromApi,
  editorHref,
  readStepValues,
  stepInput,
  validateStep,
} from '@mic/web-feature-case-studies';
import type {
  AutosaveResult,
  EditorFormState,
  EditorPage,
  EditorStep,
} from '@mic/web-feature-case-studies';
import { redirect } from 'next/navigation';

import { createActionClient } from '../apollo/action-client';
import { readSessionToken } from '../auth/session';
import { serverEnv } from '../config/server-env';

/*
 * Server actions of the guided case study editor. Every step is saved to the
 * draft when it is posted (create on step 1 of a new case study, then
 * `updateCaseStudy` with the version the form was rendered from), so nothing
 * is lost between steps; a concurrent save elsewhere comes back as CONFLICT.
 */

const text = (formData: FormData, key: string): string => {
  const value = formData.get(key);
  return typeof value === 'string' ? value.trim() : '';
};

function failed(state: Omit<EditorFormState, 'submittedAt'>): EditorFormState {
  return { ...state, submittedAt: Date.now() };
}

/** Saves one step (1 to 4) and moves on; returns the errors otherwise. */
export async function saveCaseStudyStepAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const stepValue = Number(text(formData, 'step'));
  const step = (stepValue >= 1 && stepValue <= LAST_QUESTION_STEP ? stepValue : 1) as EditorStep;
  const id = text(formData, 'id');
  const slugField = text(formData, 'slug');
  const returnTo = id ? editorHref(slugField, step) : '/case-studies/new';
  const token = await readSessionToken();
  if (!token) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);

  const values = readStepValues(step, formData);
  const invalid = validateStep(step, values);
  if (invalid.length > 0) return failed({ errors: invalid, values });

  const client = createActionClient(token);
  let slug: string;
  try {
    if (id) {
      const input = {
        id,
        expectedVersion: Number(text(formData, 'expectedVersion')),
        ...stepInput(step, values),
      } as UpdateCaseStudyInput;
      const result = await client.mutate({
        mutation: UpdateCaseStudyDocument,
        variables: { input },
        errorPolicy: 'all',
      });
      if (result.error || !result.data) throw result.error ?? new Error('No result');
      slug = result.data.updateCaseStudy.slug;
    } else {
      const input = stepInput(1, values) as CreateCaseStudyInput;
      const result = await client.mutate({
        mutation: CreateCaseStudyDocument,
        variables: { input },
        errorPolicy: 'all',
      });
      if (result.error || !result.data) throw result.error ?? new Error('No result');
      slug = result.data.createCaseStudy.slug;
    }
  } catch (error) {
    const errors = editorErrorsFromApi(step, toApiErrors(error));
    const conflict = errors.some((e) => e.message === CONFLICT_MESSAGE);
    return failed({ errors, values, ...(conflict ? { conflict } : {}) });
  }
  const next = text(formData, 'intent') === 'check' ? LAST_QUESTION_STEP + 1 : step + 1;
  redirect(editorHref(slug, next as EditorPage));
}

/** Check your answers: submit a draft for peer review, or finish editing. */
export async function finishCaseStudyEditAction(formData: FormData): Promise<void> {
  const slug = text(formData, 'slug');
  const back = editorHref(slug, (LAST_QUESTION_STEP + 1) as EditorPage);
  const token = await readSessionToken();
  if (!token) redirect(`/sign-in?returnTo=${encodeURIComponent(back)}`);
  if (text(formData, 'intent') === 'submit') {
    let message: string | undefined;
    try {
      const result = await createActionClient(token).mutate({
        mutation: SubmitCaseStudyDocument,
        variables: { input: { id: text(formData, 'id') } },
        errorPolicy: 'all',
      });
      if (result.error || !result.data) throw result.error ?? new Error('No result');
    } catch (error) {
      message = toApiErrors(error)[0]?.message ?? 'Something went wrong. Try again.';
    }
    if (message) redirect(`${back}?error=${encodeURIComponent(message.slice(0, 300))}`);
  }
  redirect(`/case-studies/${slug}`);
}

const attachmentsHref = (slug: string): string =>
  editorHref(slug, (LAST_QUESTION_STEP + 1) as EditorPage);

function backWithError(slug: string, message: string): never {
  redirect(`${attachmentsHref(slug)}?error=${encodeURIComponent(message.slice(0, 300))}`);
}

/**
 * Uploads the posted file to the API (POST /files, checked there by content
 * and size) and attaches it to the case study; back to the attachments
 * section either way.
 */
export async function attachCaseStudyFileAction(formData: FormData): Promise<void> {
  const slug = text(formData, 'slug');
  const token = await readSessionToken();
  if (!token) redirect(`/sign-in?returnTo=${encodeURIComponent(attachmentsHref(slug))}`);
  const file = formData.get('file');
  // A Blob with a name (not `instanceof File`: the parsed body may come from another realm).
  if (typeof file === 'string' || !file || file.size === 0)
    backWithError(slug, 'Choose a file to upload');
  const upload = new FormData();
  upload.append('file', file, file.name || 'upload');
  const altText = text(formData, 'altText');
  if (altText) upload.append('altText', altText);
  let message: string | undefined;
  try {
    const res = await fetch(`${serverEnv().API_URL.replace(/\/graphql\/?$/, '')}/files`, {
      method: 'POST',
      body: upload,
      headers: { authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
    const body = (await res.json().catch(() => ({}))) as { id?: string; message?: string };
    if (!res.ok || !body.id) {
      message = body.message ?? 'The file could not be uploaded. Try again.';
    } else {
      const result = await createActionClient(token).mutate({
        mutation: AttachCaseStudyFilesDocument,
        variables: { input: { caseStudyId: text(formData, 'id'), fileIds: [body.id] } },
        errorPolicy: 'all',
      });
      if (result.error || !result.data) throw result.error ?? new Error('No result');
    }
  } catch (error) {
    message = toApiErrors(error)[0]?.message ?? 'Something went wrong. Try again.';
  }
  if (message) backWithError(slug, message);
  redirect(attachmentsHref(slug));
}

/** Removes one attachment (it becomes a private upload of its uploader again). */
export async function removeCaseStudyAttachmentAction(formData: FormData): Promise<void> {
  const slug = text(formData, 'slug');
  const token = await readSessionToken();
  if (!token) redirect(`/sign-in?returnTo=${encodeURIComponent(attachmentsHref(slug))}`);
  let message: string | undefined;
  try {
    const result = await createActionClient(token).mutate({
      mutation: RemoveCaseStudyAttachmentDocument,
      variables: { input: { caseStudyId: text(formData, 'id'), fileId: text(formData, 'fileId') } },
      errorPolicy: 'all',
    });
    if (result.error || !result.data) throw result.error ?? new Error('No result');
  } catch (error) {
    message = toApiErrors(error)[0]?.message ?? 'Something went wrong. Try again.';
  }
  if (message) backWithError(slug, message);
  redirect(attachmentsHref(slug));
}

/**
 * The editor's JavaScript autosave (drafts only): saves one step's fields
 * like "Save and continue" but answers with the new version instead of
 * redirecting. Invalid fields are not saved (the posted form reports them).
 */
export async function autosaveCaseStudyStepAction(formData: FormData): Promise<AutosaveResult> {
  const stepValue = Number(text(formData, 'step'));
  const id = text(formData, 'id');
  const token = await readSessionToken();
  if (!token || !id || !(stepValue >= 1 && stepValue <= LAST_QUESTION_STEP))
    return { ok: false, skipped: true };
  const step = stepValue as EditorStep;
  const values = readStepValues(step, formData);
  if (validateStep(step, values).length > 0) return { ok: false, skipped: true };
  try {
    const result = await createActionClient(token).mutate({
      mutation: UpdateCaseStudyDocument,
      variables: {
        input: {
          id,
          expectedVersion: Number(text(formData, 'expectedVersion')),
          ...stepInput(step, values),
        } as UpdateCaseStudyInput,
      },
      errorPolicy: 'all',
    });
    if (result.error || !result.data) throw result.error ?? new Error('No result');
    return { ok: true, version: result.data.updateCaseStudy.version };
  } catch (error) {
    return { ok: false, conflict: toApiErrors(error).some((e) => e.code === 'CONFLICT') };
  }
}
