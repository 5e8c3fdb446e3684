/** The only error codes a client ever sees in `extensions.code`. */
export enum ErrorCategory {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  Internal = 'INTERNAL_SERVER_ERROR',
  /** The database (or another dependency) is down: retry later (HTTP 503 + Retry-After). */
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
}
