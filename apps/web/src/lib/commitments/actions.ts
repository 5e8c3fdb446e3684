'use server';

import {
  AddCommitmentUpdateDocument,
  CreateCommitmentDocument,
  UpdateCommitmentDocument,
  toApiErrors,
} from '@mic/web-data-access';
import type {
  AddCommitmentUpdateInput,
  CreateCommitmentInput,
  UpdateCommitmentInput,
} from '@mic/web-data-access';
import {
  readCreateForm,
  readEditForm,
  readUpdateForm,
  validateCreateForm,
  validateEditForm,
  validateUpdateForm,
} from '@mic/web-feature-commitments';
import type {
  CreateFormState,
  EditFormState,
  FieldError,
  UpdateFormState,
  UpdateFormValues,
} from '@mic/web-feature-commitments';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { signedInActionClient } from '../actions/action-helpers';
import { uploadToApi } from '../files/api-upload';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** API errors against the form's fields (evidence errors point at the evidence section). */
function apiFieldErrors(error: unknown): FieldError[] {
  return toApiErrors(error).map((e) => ({
    field: e.field === 'organisationIds' ? 'leadOrganisationId' : e.field,
    message: e.message,
  }));
}

/** Makes a commitment; on success, goes to its page. */
export async function createCommitmentAction(
  _previous: CreateFormState,
  formData: FormData,
): Promise<CreateFormState> {
  const values = readCreateForm(formData);
  const checked = validateCreateForm(values);
  if ('errors' in checked) return { errors: checked.errors, values, submittedAt: Date.now() };
  const client = await signedInActionClient('/commitments/new');
  const { data, error } = await client.mutate({
    mutation: CreateCommitmentDocument,
    variables: { input: checked.input as unknown as CreateCommitmentInput },
    errorPolicy: 'all',
  });
  if (error || !data) return { errors: apiFieldErrors(error), values, submittedAt: Date.now() };
  revalidatePath('/commitments');
  redirect(`/commitments/${data.createCommitment.id}?done=created`);
}

/** Adds a progress update; on success, back to the commitment's timeline. */
export async function addCommitmentUpdateAction(
  commitmentId: string,
  _previous: UpdateFormState,
  formData: FormData,
): Promise<UpdateFormState> {
  if (!UUID.test(commitmentId)) redirect('/commitments');
  const values = readUpdateForm(formData);
  const today = new Date().toISOString().slice(0, 10);
  const checked = validateUpdateForm(commitmentId, values, today);
  if ('errors' in checked) return { errors: checked.errors, values, submittedAt: Date.now() };
  const client = await signedInActionClient(`/commitments/${commitmentId}/update`);
  const file = await evidenceFile(formData, values);
  if ('error' in file)
    return { errors: [{ field: 'file', message: file.error }], values, submittedAt: Date.now() };
  const kept: UpdateFormValues = { ...values, uploadedFile: file.uploaded };
  const evidence = [...((checked.input['evidence'] as Record<string, unknown>[]) ?? [])];
  if (file.uploaded)
    evidence.push({ kind: 'FILE', targetId: file.uploaded.id, title: values.fileTitle || null });
  const { error } = await client.mutate({
    mutation: AddCommitmentUpdateDocument,
    variables: { input: { ...checked.input, evidence } as unknown as AddCommitmentUpdateInput },
    errorPolicy: 'all',
  });
  if (error) return { errors: apiFieldErrors(error), values: kept, submittedAt: Date.now() };
  revalidatePath(`/commitments/${commitmentId}`);
  revalidatePath('/commitments');
  redirect(`/commitments/${commitmentId}?done=updated`);
}

/**
 * The file evidence of an update: a newly chosen file goes to the API's
 * POST /files (type, size and malware checks); otherwise the file uploaded
 * by an earlier attempt of this form (kept when that attempt failed later).
 */
async function evidenceFile(
  formData: FormData,
  values: UpdateFormValues,
): Promise<{ uploaded: { id: string; name: string } | null } | { error: string }> {
  const file = formData.get('file');
  // A Blob with a name (not `instanceof File`: the parsed body may come from another realm).
  if (typeof file === 'string' || !file || file.size === 0)
    return { uploaded: values.uploadedFile };
  const result = await uploadToApi(file as File);
  if (!result.ok) return { error: result.message };
  return { uploaded: { id: result.id, name: result.name } };
}

/** Changes a commitment; on success, back to its page. */
export async function updateCommitmentAction(
  commitmentId: string,
  hasTarget: boolean,
  _previous: EditFormState,
  formData: FormData,
): Promise<EditFormState> {
  if (!UUID.test(commitmentId)) redirect('/commitments');
  const values = readEditForm(formData);
  const checked = validateEditForm(commitmentId, values, hasTarget);
  if ('errors' in checked) return { errors: checked.errors, values, submittedAt: Date.now() };
  const client = await signedInActionClient(`/commitments/${commitmentId}/edit`);
  const { error } = await client.mutate({
    mutation: UpdateCommitmentDocument,
    variables: { input: checked.input as unknown as UpdateCommitmentInput },
    errorPolicy: 'all',
  });
  if (error) return { errors: apiFieldErrors(error), values, submittedAt: Date.now() };
  revalidatePath(`/commitments/${commitmentId}`);
  revalidatePath('/commitments');
  redirect(`/commitments/${commitmentId}?done=edited`);
}
