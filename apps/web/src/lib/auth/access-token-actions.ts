'use server';

import {
  CreateAccessTokenDocument,
  RevokeAccessTokenDocument,
  hasApiErrorCode,
  toApiErrors,
} from '@mic/web-data-access';
import {
  accessTokenFields,
  formErrorsFromApi,
  readAccessTokenForm,
  validateAccessTokenForm,
} from '@mic/web-feature-auth';
import type { AccessTokenFormState } from '@mic/web-feature-auth';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { createActionClient } from '../apollo/action-client';
import { readSessionToken } from './session';

const PAGE = '/account/tokens';
const SIGN_IN = `/sign-in?returnTo=${encodeURIComponent(PAGE)}`;

/**
 * Creates a personal access token and answers with it: the page shows it
 * once, from this answer (never in a URL, cookie or log).
 */
export async function createAccessTokenAction(
  _previous: AccessTokenFormState,
  formData: FormData,
): Promise<AccessTokenFormState> {
  const session = await readSessionToken();
  if (!session) redirect(SIGN_IN);
  const form = readAccessTokenForm(formData);
  const checked = validateAccessTokenForm(form, new Date());
  if ('errors' in checked) return { errors: checked.errors, values: {}, form, submittedAt: Date.now() };
  let errors;
  try {
    const { data, error } = await createActionClient(session).mutate({
      mutation: CreateAccessTokenDocument,
      variables: { input: checked.input },
      errorPolicy: 'all',
    });
    if (!error && data) {
      revalidatePath(PAGE);
      const created = data.createAccessToken;
      return {
        errors: [],
        values: {},
        created: {
          token: created.token,
          name: created.accessToken.name,
          scope: created.accessToken.scope,
          expiresAt: created.accessToken.expiresAt ?? null,
        },
      };
    }
    errors = toApiErrors(error);
  } catch (error) {
    errors = toApiErrors(error);
  }
  if (errors.some((e) => e.code === 'UNAUTHENTICATED')) redirect(SIGN_IN);
  return {
    errors: formErrorsFromApi(errors, { fields: accessTokenFields, fieldForCode: { CONFLICT: 'name' } }),
    values: {},
    form,
    submittedAt: Date.now(),
  };
}

const tokenIdSchema = z.uuid();

/** Revokes one of your tokens; problems go back to the page as a notice. */
export async function revokeAccessTokenAction(formData: FormData): Promise<void> {
  const session = await readSessionToken();
  if (!session) redirect(SIGN_IN);
  const id = tokenIdSchema.safeParse(formData.get('id'));
  if (!id.success) redirect(`${PAGE}?problem=1`);
  let outcome: 'done' | 'signedOut' | 'problem' = 'done';
  try {
    const { error } = await createActionClient(session).mutate({
      mutation: RevokeAccessTokenDocument,
      variables: { id: id.data },
      errorPolicy: 'all',
    });
    if (error) outcome = hasApiErrorCode(error, 'UNAUTHENTICATED') ? 'signedOut' : 'problem';
  } catch {
    outcome = 'problem';
  }
  if (outcome === 'signedOut') redirect(SIGN_IN);
  if (outcome === 'problem') redirect(`${PAGE}?problem=1`);
  revalidatePath(PAGE);
  redirect(`${PAGE}?revoked=1`);
}
