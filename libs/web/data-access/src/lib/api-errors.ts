import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** `extensions.code` values the API returns (see the API's format-error.ts). */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  /** Not from the API: the API could not be reached or answered badly. */
  | 'API_UNAVAILABLE';

/** One error from a GraphQL call, flattened for display. */
export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** The input field at fault (`extensions.field`, or one entry of `extensions.fieldErrors`). */
  field?: string;
}

const KNOWN_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
]);

const UNAVAILABLE_MESSAGE = 'Sorry, the service is unavailable. Try again later.';

function toCode(value: unknown): ApiErrorCode {
  return typeof value === 'string' && KNOWN_CODES.has(value)
    ? (value as ApiErrorCode)
    : 'INTERNAL_SERVER_ERROR';
}

function readFieldErrors(value: unknown): Array<{ field: string; message: string }> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, message } = item as { field?: unknown; message?: unknown };
    return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
  });
}

/**
 * Flattens any error thrown or returned by Apollo Client into `ApiError`s.
 * GraphQL errors keep their `extensions.code` and `extensions.field`; network
 * and server errors become a single `API_UNAVAILABLE` error.
 */
export function toApiErrors(error: unknown): ApiError[] {
  if (error === undefined || error === null) return [];
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.flatMap((graphQLError): ApiError[] => {
      const extensions = graphQLError.extensions ?? {};
      const code = toCode(extensions['code']);
      // BAD_USER_INPUT may list every invalid field in `extensions.fieldErrors`.
      const fieldErrors = readFieldErrors(extensions['fieldErrors']);
      if (fieldErrors.length > 0) {
        return fieldErrors.map((fieldError) => ({ code, ...fieldError }));
      }
      const field = typeof extensions['field'] === 'string' ? extensions['field'] : undefined;
      return [{ code, message: graphQLError.message, ...(field ? { field } : {}) }];
    });
  }
  // ServerError, ServerParseError, network failures, anything else.
  return [{ code: 'API_UNAVAILABLE', message: UNAVAILABLE_MESSAGE }];
}

/** True when the error (thrown by Apollo Client) carries the given GraphQL error code. */
export function hasApiErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return toApiErrors(error).some((apiError) => apiError.code === code);
}

/**
 * The `ApiError`s a server action gets when the API answers with these GraphQL
 * errors (`extensions.code`, `field`, `fieldErrors`): for unit tests of how
 * forms map them.
 */
export function apiErrorsFromGraphQL(
  errors: Array<{ message: string; extensions?: Record<string, unknown> }>,
): ApiError[] {
  return toApiErrors(new CombinedGraphQLErrors({ errors, data: null }));
}
