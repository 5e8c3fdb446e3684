import type { ApiError } from '@mic/web-data-access';

/** Shown instead of anything technical. */
export const GENERIC_ERROR = 'Something went wrong. Try again later.';

/**
 * Text that must never reach a page: GraphQL variable coercion and
 * validation messages, stack frames, SQL and driver errors.
 */
const TECHNICAL = [
  /Variable "\$/,
  /got invalid value/i,
  /Cannot query field/,
  /Unknown (argument|type)/,
  /Expected (type|value|non-nullable)/i,
  /Syntax Error/,
  /GraphQL/i,
  /\bat \S+ \(.*:\d+:\d+\)/,
  /\b(QueryFailedError|TypeError|ReferenceError|ECONNREFUSED|ETIMEDOUT)\b/,
  /\b(SELECT|INSERT|UPDATE|DELETE)\b.*\b(FROM|INTO|SET|WHERE)\b/,
  /\bnull value in column\b|\bviolates\b.*\bconstraint\b/i,
];

/** Whether a message reads as technical text rather than something written for people. */
export function isTechnicalMessage(message: string): boolean {
  return TECHNICAL.some((pattern) => pattern.test(message));
}

/**
 * One plain-English message for an API error. Domain errors (bad input,
 * conflicts, permissions, not found) carry messages written for people;
 * anything else, or anything that reads as technical, gets a generic one.
 */
export function plainMessage(error: ApiError): string {
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return 'Your session has ended. Sign in again.';
    case 'BAD_USER_INPUT':
    case 'CONFLICT':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'API_UNAVAILABLE':
      return isTechnicalMessage(error.message) ? GENERIC_ERROR : error.message;
    default:
      return GENERIC_ERROR;
  }
}
