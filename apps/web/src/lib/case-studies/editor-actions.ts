'use server';

import {
  AttachCaseStudyFilesDocument,
  CaseStudyEditorOptionsDocument,
  CaseStudyStatusDocument,
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
  LIFECYCLE_MESSAGES,
  defaultIcsCode,
  editorErrorsFromApi,
  editorHref,
  failedState,
  isTechnicalMessage,
  lifecycleErrorsFromApi,
  readStepValues,
  slugSchema,
  stepInput,
  validatePlace,
  validateStep,
} from '@mic/web-feature-case-studies';
import type {
  AutosaveResult,
  EditorFormState,
  EditorPage,
  EditorStep,
  LifecycleFormState,
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
  const client = createActionClient(token);
  const invalid = validateStep(step, values);
  if (step === 1 && !invalid.some((e) => e.field === 'icsOdsCode' || e.field === 'placeName')) {
    // Only a place of the chosen ICS (the API checks again).
    const options = await client
      .query({ query: CaseStudyEditorOptionsDocument, fetchPolicy: 'no-cache' })
      .catch(() => null);
    if (options?.data) {
      const fallback = defaultIcsCode(null, options.data.me?.organisation?.icss);
      invalid.push(...validatePlace(values, options.data.icss, fallback));
    }
  }
  if (invalid.length > 0) return failed({ errors: invalid, values });

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
  // After the last question step comes the Outcomes step (figures), then check your answers.
  if (next === LAST_QUESTION_STEP + 1 && text(formData, 'intent') !== 'check')
    redirect(`/case-studies/${slug}/edit/outcomes`);
  redirect(editorHref(slug, next as EditorPage));
}

const attachmentsHref = (slug: string): string =>
  editorHref(slug, (LAST_QUESTION_STEP + 1) as EditorPage);

const SOMETHING_WRONG = [{ message: 'Something went wrong. Try again later.' }];

/**
 * Check your answers: the page's one action, by `intent`. `submit` sends a
 * draft for peer review (then the "what happens next" page); `save` finishes
 * editing; `attach` uploads a file to the API (POST /files, checked there by
 * content and size) and attaches it; `remove` detaches one. Errors come back
 * as form state for the error summary, never in the URL.
 */
export async function checkAnswersAction(
  _previous: LifecycleFormState,
  formData: FormData,
): Promise<LifecycleFormState> {
  const parsedSlug = slugSchema.safeParse(text(formData, 'slug'));
  const slug = parsedSlug.success ? parsedSlug.data : '';
  const token = await readSessionToken();
  if (!token)
    redirect(
      `/sign-in?returnTo=${encodeURIComponent(slug ? attachmentsHref(slug) : '/case-studies')}`,
    );
  if (!slug) return failedState(SOMETHING_WRONG);
  const id = text(formData, 'id');
  const client = createActionClient(token);
  const intent = text(formData, 'intent');
  if (intent === 'submit') return submitForReview(client, id, slug);
  if (intent === 'attach') return attachFile(token, id, slug, formData);
  if (intent === 'remove') {
    try {
      const result = await client.mutate({
        mutation: RemoveCaseStudyAttachmentDocument,
        variables: { input: { caseStudyId: id, fileId: text(formData, 'fileId') } },
        errorPolicy: 'all',
      });
      if (result.error || !result.data) throw result.error ?? new Error('No result');
    } catch (error) {
      return failedState(lifecycleErrorsFromApi('other', toApiErrors(error)));
    }
    redirect(attachmentsHref(slug));
  }
  // "Save as draft" or "Save and finish": every answer is already saved.
  redirect(`/case-studies/${slug}`);
}

/** Submits a draft for peer review, then shows what happens next. */
async function submitForReview(
  client: ReturnType<typeof createActionClient>,
  id: string,
  slug: string,
): Promise<LifecycleFormState> {
  try {
    const result = await client.mutate({
      mutation: SubmitCaseStudyDocument,
      variables: { input: { id } },
      errorPolicy: 'all',
    });
    if (result.error || !result.data) throw result.error ?? new Error('No result');
  } catch (error) {
    const apiErrors = toApiErrors(error);
    let status: string | null = null;
    if (apiErrors.some((e) => e.code === 'CONFLICT')) {
      const current = await client
        .query({ query: CaseStudyStatusDocument, variables: { slug }, fetchPolicy: 'no-cache' })
        .catch(() => null);
      status = current?.data?.caseStudy.status ?? null;
    }
    return failedState(lifecycleErrorsFromApi('submit', apiErrors, status));
  }
  redirect(`/case-studies/${slug}/submitted`);
}

async function attachFile(
  token: string,
  id: string,
  slug: string,
  formData: FormData,
): Promise<LifecycleFormState> {
  const altText = text(formData, 'altText');
  const fileFailed = (message: string): LifecycleFormState =>
    failedState([{ field: 'file', message }], { altText });
  const file = formData.get('file');
  // A Blob with a name (not `instanceof File`: the parsed body may come from another realm).
  if (typeof file === 'string' || !file || file.size === 0)
    return fileFailed(LIFECYCLE_MESSAGES.chooseFile);
  const upload = new FormData();
  upload.append('file', file, file.name || 'upload');
  if (altText) upload.append('altText', altText);
  try {
    const res = await fetch(`${serverEnv().API_URL.replace(/\/graphql\/?$/, '')}/files`, {
      method: 'POST',
      body: upload,
      headers: { authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
    const body = (await res.json().catch(() => ({}))) as { id?: string; message?: unknown };
    if (!res.ok || !body.id) {
      const message =
        typeof body.message === 'string' && !isTechnicalMessage(body.message)
          ? body.message
          : 'The file could not be uploaded. Try again.';
      return fileFailed(message);
    }
    const result = await createActionClient(token).mutate({
      mutation: AttachCaseStudyFilesDocument,
      variables: { input: { caseStudyId: id, fileIds: [body.id] } },
      errorPolicy: 'all',
    });
    if (result.error || !result.data) throw result.error ?? new Error('No result');
  } catch (error) {
    const [first] = lifecycleErrorsFromApi('other', toApiErrors(error));
    return fileFailed(first?.message ?? 'The file could not be uploaded. Try again.');
  }
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
