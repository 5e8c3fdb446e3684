// Public API of @mic/web-data-access: generated typed documents and Apollo helpers.
export * from './generated/graphql';
export { apiErrorsFromGraphQL, hasApiErrorCode, toApiErrors } from './lib/api-errors';
export type { ApiError, ApiErrorCode } from './lib/api-errors';
