import { authCookieConfig } from '@mic/shared-util';
import { cookies } from 'next/headers';
import type { NextResponse } from 'next/server';

import { serverEnv } from '../config/server-env';

/**
 * Short-lived HttpOnly cookies of organisation sign-in (docs/adr/0010):
 * `flow` binds a started sign-in to this browser (the API keeps the state,
 * nonce and PKCE verifier), `link` holds a pending "prove your password
 * or follow the emailed link" step (the API decides how long it lasts), `logout` the provider's end-session URL just after signing out.
 */
const SSO_COOKIES = {
  flow: { name: 'mic_sso_flow', maxAge: 10 * 60 },
  link: { name: 'mic_sso_link', maxAge: 30 * 60 },
  logout: { name: 'mic_sso_logout', maxAge: 5 * 60 },
} as const;

export type SsoCookie = keyof typeof SSO_COOKIES;

function production(): boolean {
  return serverEnv().NODE_ENV === 'production';
}

function nameOf(cookie: SsoCookie): string {
  return production() ? `__Host-${SSO_COOKIES[cookie].name}` : SSO_COOKIES[cookie].name;
}

function options(cookie: SsoCookie) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: production(),
    path: '/',
    maxAge: SSO_COOKIES[cookie].maxAge,
  };
}

export async function readSsoCookie(cookie: SsoCookie): Promise<string | undefined> {
  const value = (await cookies()).get(nameOf(cookie))?.value;
  return value ? value : undefined;
}

/** Server actions only (route handlers set cookies on their response). */
export async function setSsoCookie(cookie: SsoCookie, value: string): Promise<void> {
  (await cookies()).set({ ...options(cookie), name: nameOf(cookie), value });
}

export async function clearSsoCookie(cookie: SsoCookie): Promise<void> {
  // Max-Age 0: deleting with the options' Max-Age would leave an empty cookie alive (Max-Age beats Expires).
  (await cookies()).set({ ...options(cookie), name: nameOf(cookie), value: '', maxAge: 0 });
}

export function setSsoCookieOn(res: NextResponse, cookie: SsoCookie, value: string): void {
  res.cookies.set({ ...options(cookie), name: nameOf(cookie), value });
}

export function clearSsoCookieOn(res: NextResponse, cookie: SsoCookie): void {
  res.cookies.set({ ...options(cookie), name: nameOf(cookie), value: '', maxAge: 0 });
}

/** The session and device cookies on a route handler's response, as sign-in sets them in server actions. */
export function setSessionCookiesOn(
  res: NextResponse,
  session: { accessToken: string; deviceToken?: string | null },
): void {
  const env = serverEnv();
  const config = authCookieConfig({
    production: production(),
    sessionCookieName: env.SESSION_COOKIE_NAME,
    sessionTtlDays: env.SESSION_TTL_DAYS,
  });
  const base = { httpOnly: true, sameSite: 'lax' as const, secure: config.secure, path: '/' };
  res.cookies.set({
    ...base,
    name: config.session.name,
    value: session.accessToken,
    maxAge: config.session.maxAgeSeconds,
  });
  if (session.deviceToken) {
    res.cookies.set({
      ...base,
      name: config.device.name,
      value: session.deviceToken,
      maxAge: config.device.maxAgeSeconds,
    });
  }
}
