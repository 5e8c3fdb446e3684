import { Catch } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';

import { appLogger } from '../logging/json-logger';
import { mapHttpError } from './http-error';

/**
 * For REST controllers (uploads, downloads, unsubscribe): any error → HTTP
 * status with `{ code, message }` (same codes as GraphQL's extensions.code)
 * through mapHttpError: DomainException categories, Nest HttpExceptions keep
 * their status, an unreachable database is 503 with Retry-After, anything
 * else is a masked 500. Also the HTTP branch of the global filter.
 */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request & { requestId?: string }>();
    const answer = mapHttpError(error);
    if (answer.unexpected) {
      appLogger().write('error', 'unhandled REST error', {
        requestId: req?.requestId,
        error: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      });
    }
    if (res.headersSent) {
      // Already answered (e.g. an upload cut off at the size limit, still draining): leave it be.
      if (!res.writableEnded) res.destroy();
      return;
    }
    for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
    const body = {
      code: answer.code,
      message: answer.message,
      ...(answer.reason ? { reason: answer.reason } : {}),
      ...(answer.field ? { field: answer.field } : {}),
    };
    // Requests that never reached Apollo (malformed JSON, wrong body) still get a GraphQL-shaped answer.
    if (req?.path === '/graphql') {
      res.status(answer.status).json({ errors: [{ message: body.message, extensions: { code: body.code, ...(answer.reason ? { reason: answer.reason } : {}) } }] });
      return;
    }
    res.status(answer.status).json(body);
  }
}
