/**
 * Session lifetimes shared by the API and the web app. Both read the same
 * environment variables (SESSION_IDLE_HOURS, SESSION_TTL_DAYS) with these
 * defaults, so the web cookie and the API session agree.
 */
export const SESSION_IDLE_HOURS_DEFAULT = 12;
export const SESSION_TTL_DAYS_DEFAULT = 30;

/**
 * Cookie names: in production the `__Host-` prefix makes browsers insist on
 * Secure, Path=/ and no Domain attribute.
 */
export function authCookieNames(production: boolean, base = 'mic_session'): { session: string; device: string } {
  const prefix = production ? '__Host-' : '';
  return { session: `${prefix}${base}`, device: `${prefix}mic_device` };
}
