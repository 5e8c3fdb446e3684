import type { ApiError } from '@mic/web-data-access';

/** Plain-English messages for API errors: domain messages as they are, anything technical replaced. */
const TECHNICAL =
  /Variable "\$|got invalid value|Cannot query field|Expected type|must be (?:shorter|longer) than|should not be empty/i;
const GENERIC = 'Something went wrong. Try again later.';
const SHOWN_AS_IS = new Set<ApiError['code']>([
  'BAD_USER_INPUT',
  'CONFLICT',
  'FORBIDDEN',
  'NOT_FOUND',
  'API_UNAVAILABLE',
]);

/**
 * The discussion actions' errors from API errors: each keeps the field the API
 * named (`extensions.field` or an entry of `extensions.fieldErrors`); an ended
 * session asks to sign in again; technical or unexpected messages read
 * "Something went wrong"; no errors at all is one generic error.
 */
export function friendlyApiErrors(
  apiErrors: readonly ApiError[],
): Array<{ field?: string; message: string }> {
  if (!apiErrors.length) return [{ message: GENERIC }];
  return apiErrors.map((e) => {
    if (e.code === 'UNAUTHENTICATED') return { message: 'Your session has ended. Sign in again.' };
    const message = SHOWN_AS_IS.has(e.code) && !TECHNICAL.test(e.message) ? e.message : GENERIC;
    return e.field ? { field: e.field, message } : { message };
  });
}
