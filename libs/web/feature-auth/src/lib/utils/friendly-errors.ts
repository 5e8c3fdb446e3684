import type { ApiError } from '@mic/web-data-access';

const GENERIC = 'Something went wrong. Try again later.';

/**
 * One plain-English message per API error. Domain errors (bad input,
 * conflicts, permissions, not found) already carry messages written for
 * people; anything else (internal errors, an unreachable API) gets a generic
 * one, so no technical text reaches the page.
 */
export function friendlyApiErrors(errors: readonly ApiError[]): string[] {
  return errors.map((error) => {
    switch (error.code) {
      case 'BAD_USER_INPUT':
      case 'CONFLICT':
      case 'FORBIDDEN':
      case 'NOT_FOUND':
      case 'API_UNAVAILABLE':
        return error.message;
      case 'UNAUTHENTICATED':
        return 'Your session has ended. Sign in again.';
      default:
        return GENERIC;
    }
  });
}
