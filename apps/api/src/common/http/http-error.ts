import { HttpException } from '@nestjs/common';

import {
  DATA_EXCEPTION_MESSAGE,
  DATABASE_RETRY_AFTER_SECONDS,
  isDatabaseDataException,
  isDatabaseUnavailable,
  SERVICE_UNAVAILABLE_MESSAGE,
} from '../errors/database-unavailable';
import { DomainException } from '../errors/domain.exception';
import { ErrorCategory } from '../errors/error-category';

const CATEGORY_STATUS: Record<ErrorCategory, number> = {
  [ErrorCategory.Unauthenticated]: 401,
  [ErrorCategory.Forbidden]: 403,
  [ErrorCategory.BadUserInput]: 400,
  [ErrorCategory.NotFound]: 404,
  [ErrorCategory.Conflict]: 409,
  [ErrorCategory.Internal]: 500,
  [ErrorCategory.ServiceUnavailable]: 503,
};

export interface HttpErrorAnswer {
  status: number;
  code: ErrorCategory;
  message: string;
  /** The domain code of an expected failure (e.g. FILE_TOO_LARGE), for clients to react to. */
  reason?: string;
  /** The input field a BAD_USER_INPUT answer is about (e.g. the `id` route param). */
  field?: string;
  headers: Record<string, string>;
  /** True for failures that are ours (logged with detail; the client sees a masked message). */
  unexpected: boolean;
}

function categoryOfStatus(status: number): ErrorCategory {
  if (status === 401) return ErrorCategory.Unauthenticated;
  if (status === 403) return ErrorCategory.Forbidden;
  if (status === 404) return ErrorCategory.NotFound;
  if (status === 409) return ErrorCategory.Conflict;
  if (status === 503) return ErrorCategory.ServiceUnavailable;
  if (status >= 500) return ErrorCategory.Internal;
  return ErrorCategory.BadUserInput;
}

/** body-parser's own errors (raised before any route: malformed JSON, too large, bad charset). */
function bodyParserStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { type, status, expose } = error as { type?: unknown; status?: unknown; expose?: unknown };
  if (typeof type !== 'string' || typeof status !== 'number' || expose !== true) return undefined;
  return status >= 400 && status < 500 ? status : undefined;
}

function clientMessage(status: number, message: string, fromBodyParser: boolean): string {
  if (status === 413) return fromBodyParser ? 'The request is too large.' : 'The file is too large.';
  if (status === 415) return 'The request body’s content type or encoding is not supported.';
  if (/JSON/.test(message)) return 'The request body is not valid JSON.';
  return message;
}

/**
 * The one mapping for REST responses (and HTTP-level failures on /graphql
 * such as a malformed JSON body), matching format-error.ts for GraphQL:
 * domain categories keep their message; client mistakes are 4xx with a human
 * message; an unreachable database is 503 SERVICE_UNAVAILABLE with
 * Retry-After; anything else is a masked 500.
 */
export function mapHttpError(error: unknown): HttpErrorAnswer {
  if (error instanceof DomainException) {
    return {
      status: CATEGORY_STATUS[error.category],
      code: error.category,
      message: error.message,
      reason: error.code,
      ...(error.field ? { field: error.field } : {}),
      headers: {},
      unexpected: false,
    };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      status: 503,
      code: ErrorCategory.ServiceUnavailable,
      message: SERVICE_UNAVAILABLE_MESSAGE,
      headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
      unexpected: false,
    };
  }
  if (isDatabaseDataException(error)) {
    return {
      status: 400,
      code: ErrorCategory.BadUserInput,
      message: DATA_EXCEPTION_MESSAGE,
      headers: {},
      unexpected: false,
    };
  }
    const parserStatus = bodyParserStatus(error);
  if (error instanceof HttpException || parserStatus !== undefined) {
    const status = error instanceof HttpException ? error.getStatus() : (parserStatus as number);
    const message = error instanceof Error ? error.message : 'The request is not valid.';
    if (status < 500) {
      return {
        status,
        code: categoryOfStatus(status),
        message: clientMessage(status, message, !(error instanceof HttpException)),
        headers: {},
        unexpected: false,
      };
    }
  }
  return {
    status: 500,
    code: ErrorCategory.Internal,
    message: 'Something went wrong.',
    headers: {},
    unexpected: true,
  };
}
