import { redirect } from 'next/navigation';

import { readSessionToken } from './session';

/** The session token, or a redirect to sign-in that comes back to `path`. */
export async function requireSession(path: string): Promise<string> {
  const token = await readSessionToken();
  if (!token) redirect(`/sign-in?returnTo=${encodeURIComponent(path)}`);
  return token;
}
