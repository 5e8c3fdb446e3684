import { cookies } from 'next/headers';

import { serverEnv } from '../config/server-env';

/** httpOnly cookie holding the API access token. */
export const SESSION_COOKIE = 'mic_session';

/** Matches a long-lived API session; the API can revoke it sooner. */
const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 7;

/** The access token from the session cookie, if any (server components and actions). */
export async function readSessionToken(): Promise<string | undefined> {
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  return value ? value : undefined;
}

/** Stores the token after sign-in or sign-up. Server actions and route handlers only. */
export async function setSessionCookie(accessToken: string): Promise<void> {
  (await cookies()).set({
    name: SESSION_COOKIE,
    value: accessToken,
    httpOnly: true,
    sameSite: 'lax',
    secure: serverEnv().NODE_ENV === 'production',
    path: '/',
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

/** Removes the session cookie on sign-out. Server actions and route handlers only. */
export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete({ name: SESSION_COOKIE, path: '/' });
}
