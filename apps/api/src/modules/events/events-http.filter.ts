import { Catch, HttpException } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';

import { DomainException } from '../../common/errors/domain.exception';
import { ErrorCategory } from '../../common/errors/error-category';
import { appLogger } from '../../common/logging/json-logger';

const STATUS: Record<ErrorCategory, number> = {
  [ErrorCategory.Unauthenticated]: 401,
  [ErrorCategory.Forbidden]: 403,
  [ErrorCategory.BadUserInput]: 400,
  [ErrorCategory.NotFound]: 404,
  [ErrorCategory.Conflict]: 409,
  [ErrorCategory.Internal]: 500,
};

/** Maps domain errors on the events file routes (CSV, PDF, calendars) to HTTP statuses. */
@Catch()
export class EventsHttpFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof DomainException) {
      res.status(STATUS[error.category]).json({ code: error.category, message: error.message });
      return;
    }
    if (error instanceof HttpException) {
      res.status(error.getStatus()).json({ message: error.message });
      return;
    }
    appLogger().write('error', 'events file route failed', { error: error instanceof Error ? error.message : String(error) });
    res.status(500).json({ code: ErrorCategory.Internal, message: 'Something went wrong.' });
  }
}
