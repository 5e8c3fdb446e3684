import { Catch } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';

import { DomainExceptionFilter } from '../http/domain-exception.filter';

/**
 * Global exception filter.
 *
 * GraphQL: hands every error on unchanged to Apollo, whose `formatError`
 * (format-error.ts) maps it to `extensions.code` and logs only the
 * unexpected ones, once, with the request id. Without this, Nest's default
 * handler logs every expected error (NOT_FOUND, CONFLICT, BAD_USER_INPUT…)
 * at error level with a stack, and unexpected ones twice.
 *
 * HTTP (routes without their own filter, unknown routes, body-parser
 * failures such as malformed JSON): the same mapping as REST controllers
 * (DomainExceptionFilter → mapHttpError), so a client mistake is never a 500.
 */
@Catch()
export class GraphqlErrorPassthroughFilter implements ExceptionFilter {
  private readonly http = new DomainExceptionFilter();

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') {
      // graphql-js treats a returned Error like a thrown one. Errors from
      // another realm (or non-errors) are wrapped, keeping them as `cause` so
      // format-error.ts can still recognise e.g. a refused database connection.
      if (exception instanceof Error) return exception;
      const message =
        typeof exception === 'object' && exception !== null && 'message' in exception
          ? String((exception as { message: unknown }).message)
          : String(exception);
      return new Error(message, { cause: exception });
    }
    this.http.catch(exception, host);
    return undefined;
  }
}
