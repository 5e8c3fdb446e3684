/**
 * The session and device cookies, shared by the API and the web app. Both read
 * the same environment variables (SESSION_COOKIE_NAME, SESSION_TTL_DAYS,
 * SESSION_IDLE_HOURS) with these defaults and limits, and both name and age
 * the cookies with `authCookieConfig`, so the web cookie and the API session
 * agree.
 */
export const SESSION_IDLE_HOURS_DEFAULT = 12;
export const SESSION_TTL_DAYS_DEFAULT = 30;
/** The longest a session may last (SESSION_TTL_DAYS at most). */
export const SESSION_TTL_DAYS_MAX = 365;
/** SESSION_COOKIE_NAME when unset, and the names it may take. */
export const SESSION_COOKIE_NAME_DEFAULT = 'mic_session';
export const SESSION_COOKIE_NAME_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;
/** Device cookies (OWASP) outlive sessions: a year. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * Cookie names: in production the `__Host-` prefix makes browsers insist on
 * Secure, Path=/ and no Domain attribute.
 */
export function authCookieNames(
  production: boolean,
  base = SESSION_COOKIE_NAME_DEFAULT,
): { session: string; device: string } {
  const prefix = production ? '__Host-' : '';
  return { session: `${prefix}${base}`, device: `${prefix}mic_device` };
}

/** The session and device cookies' names and ages, and whether they are Secure. */
export interface AuthCookieConfig {
  session: { name: string; maxAgeSeconds: number };
  device: { name: string; maxAgeSeconds: number };
  secure: boolean;
}

/** One place for both cookies: names from SESSION_COOKIE_NAME, the session's age from SESSION_TTL_DAYS. */
export function authCookieConfig(options: {
  production: boolean;
  sessionCookieName?: string;
  sessionTtlDays?: number;
}): AuthCookieConfig {
  const names = authCookieNames(options.production, options.sessionCookieName);
  const ttlDays = options.sessionTtlDays ?? SESSION_TTL_DAYS_DEFAULT;
  return {
    session: { name: names.session, maxAgeSeconds: ttlDays * 24 * 60 * 60 },
    device: { name: names.device, maxAgeSeconds: DEVICE_COOKIE_MAX_AGE_SECONDS },
    secure: options.production,
  };
}
