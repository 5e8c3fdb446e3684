import { redirect } from 'next/navigation';

import { createActionClient } from '../apollo/action-client';
import { readSessionToken } from '../auth/session';

/** A text field of a submitted form ('' when missing or a file). */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * The API client for a server action, as the signed-in person; someone whose
 * session has ended is sent to sign in and brought back to `returnTo`.
 */
export async function signedInActionClient(returnTo: string) {
  const token = await readSessionToken();
  if (!token) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return createActionClient(token);
}
