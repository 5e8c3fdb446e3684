import { Catch, HttpException } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';

import { appLogger } from '../logging/json-logger';
import { DomainException } from '../errors/domain.exception';
import { ErrorCategory } from '../errors/error-category';

const STATUS: Record<ErrorCategory, number> = {
  [ErrorCategory.Unauthenticated]: 401,
  [ErrorCategory.Forbidden]: 403,
  [ErrorCategory.BadUserInput]: 400,
  [ErrorCategory.NotFound]: 404,
  [ErrorCategory.Conflict]: 409,
  [ErrorCategory.Internal]: 500,
};

/**
 * For REST controllers (uploads, downloads, unsubscribe): DomainException →
 * HTTP status with `{ code, message }` (same codes as GraphQL's
 * extensions.code); Nest HttpExceptions keep their status; anything else is
 * a masked 500.
 */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return; // already answered (e.g. an upload cut off at the size limit)
    if (error instanceof DomainException) {
      res.status(STATUS[error.category]).json({ code: error.category, message: error.message });
      return;
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      if (status === 503) {
        res.status(503).json({ code: ErrorCategory.Internal, message: error.message });
        return;
      }
      const code =
        status === 413
          ? ErrorCategory.BadUserInput
          : status === 401
            ? ErrorCategory.Unauthenticated
            : status === 403
              ? ErrorCategory.Forbidden
              : status === 404
                ? ErrorCategory.NotFound
                : ErrorCategory.BadUserInput;
      res
        .status(status)
        .json({ code, message: status === 413 ? 'The file is too large.' : error.message });
      return;
    }
    appLogger().write('error', 'unhandled REST error', {
      error: error instanceof Error ? error.message : String(error),
    });
    res.status(500).json({ code: ErrorCategory.Internal, message: 'Something went wrong.' });
  }
}
