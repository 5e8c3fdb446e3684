import { Catch } from '@nestjs/common';
import type { ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/**
 * Global exception filter.
 *
 * GraphQL: hands every error on unchanged to Apollo, whose `formatError`
 * (format-error.ts) maps it to `extensions.code` and logs only the
 * unexpected ones, once, with the request id. Without this, Nest's default
 * handler logs every expected error (NOT_FOUND, CONFLICT, BAD_USER_INPUT…)
 * at error level with a stack, and unexpected ones twice.
 *
 * HTTP: Nest's default behaviour (controllers that need the domain mapping
 * use DomainExceptionFilter, which takes precedence).
 */
@Catch()
export class GraphqlErrorPassthroughFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') {
      // graphql-js treats a returned Error like a thrown one.
      return exception instanceof Error ? exception : new Error(String(exception));
    }
    return super.catch(exception, host);
  }
}
