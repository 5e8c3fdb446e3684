'use server';

import {
  CreateSsoConnectionDocument,
  DeleteSsoConnectionDocument,
  UpdateSsoConnectionDocument,
  hasApiErrorCode,
  toApiErrors,
} from '@mic/web-data-access';
import { formErrorsFromApi, formErrorsFromIssues, formValues, ssoConnectionFields, ssoConnectionSchema } from '@mic/web-feature-auth';
import type { SsoConnectionFormState } from '@mic/web-feature-auth';
import type { ActionFormState } from '@mic/web-ui';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { createActionClient } from '../apollo/action-client';
import { requireSession } from '../auth/require-session';

const PATH = '/admin/sign-in';
const id = z.string().uuid();

/** Validates the form; the echo never includes the secret. */
function read(formData: FormData, editing: boolean) {
  const values = formValues(formData, ssoConnectionFields);
  const { clientSecret: _secret, ...echo } = values;
  return { parsed: ssoConnectionSchema(editing).safeParse(values), echo };
}

export async function createSsoConnectionAction(
  _previous: SsoConnectionFormState,
  formData: FormData,
): Promise<SsoConnectionFormState> {
  const token = await requireSession(PATH);
  const { parsed, echo } = read(formData, false);
  if (!parsed.success) {
    return { errors: formErrorsFromIssues(parsed.error.issues, ssoConnectionFields), values: echo, submittedAt: Date.now() };
  }
  const { error } = await createActionClient(token)
    .mutate({ mutation: CreateSsoConnectionDocument, variables: { input: parsed.data }, errorPolicy: 'all' })
    .catch((e: unknown) => ({ error: e }));
  if (error) {
    return {
      errors: formErrorsFromApi(toApiErrors(error), { fields: ssoConnectionFields }),
      values: echo,
      submittedAt: Date.now(),
    };
  }
  redirect(`${PATH}?saved=1`);
}

export async function updateSsoConnectionAction(
  _previous: SsoConnectionFormState,
  formData: FormData,
): Promise<SsoConnectionFormState> {
  const connectionId = id.safeParse(formData.get('id'));
  const token = await requireSession(PATH);
  if (!connectionId.success) redirect(PATH);
  const { parsed, echo } = read(formData, true);
  if (!parsed.success) {
    return { errors: formErrorsFromIssues(parsed.error.issues, ssoConnectionFields), values: echo, submittedAt: Date.now() };
  }
  const { clientSecret, ...rest } = parsed.data;
  const { error } = await createActionClient(token)
    .mutate({
      mutation: UpdateSsoConnectionDocument,
      variables: { input: { id: connectionId.data, ...rest, ...(clientSecret ? { clientSecret } : {}) } },
      errorPolicy: 'all',
    })
    .catch((e: unknown) => ({ error: e }));
  if (error) {
    return {
      errors: formErrorsFromApi(toApiErrors(error), { fields: ssoConnectionFields }),
      values: echo,
      submittedAt: Date.now(),
    };
  }
  redirect(`${PATH}?saved=1`);
}

/** Deletes a connection; a second click (already deleted) lands on the list too. */
export async function deleteSsoConnectionAction(_previous: ActionFormState, formData: FormData): Promise<ActionFormState> {
  const token = await requireSession(PATH);
  const connectionId = id.safeParse(formData.get('id'));
  if (!connectionId.success) return { errors: [{ message: 'Choose a connection to delete.' }], submittedAt: Date.now() };
  const { error } = await createActionClient(token)
    .mutate({ mutation: DeleteSsoConnectionDocument, variables: { id: connectionId.data }, errorPolicy: 'all' })
    .catch((e: unknown) => ({ error: e }));
  if (error && !hasApiErrorCode(error, 'NOT_FOUND')) {
    return { errors: toApiErrors(error).map((e) => ({ message: e.message })), submittedAt: Date.now() };
  }
  redirect(`${PATH}?deleted=1`);
}
