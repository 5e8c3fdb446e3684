'use server';

import {
  AddCommitmentUpdateDocument,
  CreateCommitmentDocument,
  toApiErrors,
} from '@mic/web-data-access';
import type { AddCommitmentUpdateInput, CreateCommitmentInput } from '@mic/web-data-access';
import {
  readCreateForm,
  readUpdateForm,
  validateCreateForm,
  validateUpdateForm,
} from '@mic/web-feature-commitments';
import type { CreateFormState, FieldError, UpdateFormState } from '@mic/web-feature-commitments';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { signedInActionClient } from '../actions/action-helpers';

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
  const { error } = await client.mutate({
    mutation: AddCommitmentUpdateDocument,
    variables: { input: checked.input as unknown as AddCommitmentUpdateInput },
    errorPolicy: 'all',
  });
  if (error) return { errors: apiFieldErrors(error), values, submittedAt: Date.now() };
  revalidatePath(`/commitments/${commitmentId}`);
  revalidatePath('/commitments');
  redirect(`/commitments/${commitmentId}?done=updated`);
}
