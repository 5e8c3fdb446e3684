'use server';

import {
  CancelAccountDeletionDocument,
  DeleteMyAccountDocument,
  RequestDataExportDocument,
  toApiErrors,
} from '@mic/web-data-access';
import { formErrorsFromApi } from '@mic/web-feature-auth';
import type { DeleteAccountField, DeleteAccountFormState } from '@mic/web-feature-auth';
import type { ActionFormState } from '@mic/web-ui';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { formText, signedInActionClient } from '../actions/action-helpers';
import { clearSessionCookie } from '../auth/session';

const PAGE = '/account/privacy';
const FIELDS: readonly DeleteAccountField[] = ['password', 'confirm'];

/** "Request your data": queues the export (a second click returns the pending one) and shows its progress. */
export async function requestDataExportAction(
  _previous: ActionFormState,
  _formData: FormData,
): Promise<ActionFormState> {
  const client = await signedInActionClient(PAGE);
  const { error } = await client.mutate({ mutation: RequestDataExportDocument, errorPolicy: 'all' });
  if (error) return { errors: toApiErrors(error), submittedAt: Date.now() };
  // A new query string, not only a #fragment: the router then fetches the page again
  // (a same-path redirect with a fragment keeps the old render, without the export).
  revalidatePath(PAGE);
  redirect(`${PAGE}?requested=${Date.now()}#export`);
}

/** "Keep my account": cancels the scheduled deletion. */
export async function cancelAccountDeletionAction(
  _previous: ActionFormState,
  _formData: FormData,
): Promise<ActionFormState> {
  const client = await signedInActionClient(PAGE);
  const { error } = await client.mutate({ mutation: CancelAccountDeletionDocument, errorPolicy: 'all' });
  if (error) return { errors: toApiErrors(error), submittedAt: Date.now() };
  redirect(`${PAGE}?kept=1`);
}

/** "Delete my account": password and confirmation; then signed out everywhere, this browser included. */
export async function deleteMyAccountAction(
  _previous: DeleteAccountFormState,
  formData: FormData,
): Promise<DeleteAccountFormState> {
  const password = formText(formData, 'password');
  const confirmed = formData.getAll('confirm').includes('yes');
  const errors: DeleteAccountFormState['errors'] = [];
  if (!password) errors.push({ field: 'password', message: 'Enter your password' });
  if (!confirmed)
    errors.push({ field: 'confirm', message: 'Confirm that you understand your account will be deleted' });
  if (errors.length) return { errors, values: {}, submittedAt: Date.now() };
  const client = await signedInActionClient(PAGE);
  const { error } = await client.mutate({
    mutation: DeleteMyAccountDocument,
    variables: { input: { password } },
    errorPolicy: 'all',
  });
  if (error) {
    return {
      errors: formErrorsFromApi(toApiErrors(error), { fields: FIELDS, fieldForCode: { UNAUTHENTICATED: 'password' } }),
      values: {},
      submittedAt: Date.now(),
    };
  }
  await clearSessionCookie();
  redirect('/privacy?accountDeletion=scheduled');
}
