import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';

import {
  DATA_EXCEPTION_MESSAGE,
  isDatabaseDataException,
  isDatabaseUnavailable,
  SERVICE_UNAVAILABLE_MESSAGE,
} from '../errors/database-unavailable';
import { DomainException } from '../errors/domain.exception';
import { ErrorCategory } from '../errors/error-category';
import { appLogger } from '../logging/json-logger';
import { requestIdOf } from './request-id.plugin';

const CLIENT_INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const HTTP_STATUS_CATEGORY: Record<number, ErrorCategory> = {
  400: ErrorCategory.BadUserInput,
  401: ErrorCategory.Unauthenticated,
  403: ErrorCategory.Forbidden,
  404: ErrorCategory.NotFound,
  409: ErrorCategory.Conflict,
};

const NEST_CODE_CATEGORY: Record<string, ErrorCategory> = {
  UNAUTHENTICATED: ErrorCategory.Unauthenticated,
  FORBIDDEN: ErrorCategory.Forbidden,
  NOT_FOUND: ErrorCategory.NotFound,
  CONFLICT: ErrorCategory.Conflict,
};

/**
 * graphql-js quotes the submitted value in variable coercion messages
 * (`Variable "$input" got invalid value { password: "…" }; …`). inputHygienePlugin
 * reports those first with a safe message; this is the safety net for any
 * that still get here: keep the variable's name, drop everything else.
 */
const VARIABLE_VALUE_ECHO = /^Variable "\$(\w+)" got invalid value/;

function withoutEchoedValue(message: string): string {
  const match = VARIABLE_VALUE_ECHO.exec(message);
  return match ? `Variable "$${match[1]}" has an invalid value.` : message;
}

function httpStatusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'getStatus' in error) {
    const getStatus = (error as { getStatus: unknown }).getStatus;
    if (typeof getStatus === 'function') return Number(getStatus.call(error));
  }
  return undefined;
}

/**
 * The one mapping from anything thrown to what a client sees. Domain
 * exceptions keep their category and message, with their domain code as
 * `extensions.reason`; GraphQL syntax and validation
 * failures become BAD_USER_INPUT (never echoing a submitted value); an
 * unreachable database is SERVICE_UNAVAILABLE (HTTP 503 with Retry-After,
 * set by httpResponsePlugin); everything else is masked as
 * INTERNAL_SERVER_ERROR with a request id, the detail only in the log.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainException) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.category,
        // The domain code (e.g. CASE_STUDY_VERSION_CONFLICT) so clients can react to the exact case.
        reason: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...(original.fieldErrors?.length ? { fieldErrors: original.fieldErrors } : {}),
      },
    };
  }

  if (isDatabaseUnavailable(error)) {
    appLogger().write('warn', 'database unavailable', {
      requestId: requestIdOf(error),
      path: formatted.path,
      error: original instanceof Error ? original.message : String(original),
    });
    return {
      message: SERVICE_UNAVAILABLE_MESSAGE,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCategory.ServiceUnavailable },
    };
  }

  if (isDatabaseDataException(error)) {
    return { ...base, message: DATA_EXCEPTION_MESSAGE, extensions: { code: ErrorCategory.BadUserInput } };
  }

  const status = httpStatusOf(original);
  if (status !== undefined && HTTP_STATUS_CATEGORY[status]) {
    const category = HTTP_STATUS_CATEGORY[status];
    const safeMessage =
      category === ErrorCategory.Unauthenticated
        ? 'You need to sign in to do that.'
        : category === ErrorCategory.Forbidden
          ? 'You do not have permission to do that.'
          : formatted.message;
    return { ...base, message: safeMessage, extensions: { code: category } };
  }

  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : '';
  // Request-level GraphQL errors (parse, validation, variable coercion) carry
  // no path and wrap no application error: they are the client's input.
  const requestLevel =
    error instanceof GraphQLError &&
    !formatted.path &&
    (!error.originalError || error.originalError instanceof GraphQLError);
  if (CLIENT_INPUT_CODES.has(code) || requestLevel) {
    return {
      ...base,
      message: withoutEchoedValue(base.message),
      extensions: { code: ErrorCategory.BadUserInput },
    };
  }
  if (NEST_CODE_CATEGORY[code] && !(original instanceof Error && original.constructor === Error)) {
    return { ...base, extensions: { code: NEST_CODE_CATEGORY[code] } };
  }

  const requestId = requestIdOf(error);
  const detail = original instanceof Error ? original : new Error(String(original));
  appLogger().write('error', 'unhandled GraphQL error', {
    requestId,
    path: formatted.path,
    error: detail.message,
    stack: detail.stack,
  });
  return {
    message: `Something went wrong on our side. If it keeps happening, quote reference ${requestId ?? 'unknown'}.`,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCategory.Internal, requestId },
  };
}
