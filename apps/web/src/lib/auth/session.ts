import { authCookieConfig } from '@mic/shared-util';
import type { AuthCookieConfig } from '@mic/shared-util';
import { cookies } from 'next/headers';

import { serverEnv } from '../config/server-env';

/**
 * The session and device cookies' names (with the `__Host-` prefix in
 * production: Secure, Path=/, no Domain) and ages, from the same config and
 * environment variables as the API's.
 */
function cookieConfig(): AuthCookieConfig {
  const env = serverEnv();
  return authCookieConfig({
    production: env.NODE_ENV === 'production',
    sessionCookieName: env.SESSION_COOKIE_NAME,
    sessionTtlDays: env.SESSION_TTL_DAYS,
  });
}

/** The session and device cookies' names. */
export function authCookies(): { session: string; device: string } {
  const config = cookieConfig();
  return { session: config.session.name, device: config.device.name };
}

function baseCookie(): { httpOnly: true; sameSite: 'lax'; secure: boolean; path: '/' } {
  return { httpOnly: true, sameSite: 'lax', secure: cookieConfig().secure, path: '/' };
}

/** The access token from the session cookie, if any (server components and actions). */
export async function readSessionToken(): Promise<string | undefined> {
  const value = (await cookies()).get(authCookies().session)?.value;
  return value ? value : undefined;
}

/**
 * Stores the token after sign-in, sign-up or a password reset. Server actions
 * and route handlers only. The cookie lasts as long as the API session can
 * (SESSION_TTL_DAYS, read from the same variable as the API); the API also
 * ends it after SESSION_IDLE_HOURS without use, and the web then treats the
 * request as signed out.
 */
export async function setSessionCookie(accessToken: string): Promise<void> {
  (await cookies()).set({
    ...baseCookie(),
    name: cookieConfig().session.name,
    value: accessToken,
    maxAge: cookieConfig().session.maxAgeSeconds,
  });
}

/** Removes the session cookie on sign-out. Server actions and route handlers only. */
export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete({ ...baseCookie(), name: authCookies().session });
}

/** The device token this browser got at its last sign-in, if any. */
export async function readDeviceToken(): Promise<string | undefined> {
  const value = (await cookies()).get(authCookies().device)?.value;
  return value && /^[A-Za-z0-9_.-]{20,100}$/.test(value) ? value : undefined;
}

/** Keeps the device token so failures elsewhere (someone guessing) do not lock this browser out. */
export async function setDeviceCookie(deviceToken: string): Promise<void> {
  (await cookies()).set({
    ...baseCookie(),
    name: cookieConfig().device.name,
    value: deviceToken,
    maxAge: cookieConfig().device.maxAgeSeconds,
  });
}
