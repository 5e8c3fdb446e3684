import { applyDecorators, Injectable, SetMetadata, UseInterceptors } from '@nestjs/common';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Observable } from 'rxjs';
import { mergeMap } from 'rxjs';

import { forEachPickedIds } from '../graphql/picked-ids';
import type { IdsPicker } from '../graphql/picked-ids';
import { SearchIndexChanges } from './search-index-changes';

/** The ids of one document type a mutation changed, from its result and its arguments. */
export type SearchChangedIds = IdsPicker;

const SEARCH_CHANGED = 'mic:search-changed';

/**
 * Marks a GraphQL mutation whose write changes search documents: once the
 * resolver has returned (the service's transaction has committed), the ids
 * each function picks from the result and arguments are passed to
 * `SearchIndexChanges.changed`, so the index follows at once. For services
 * already at their dependency budget: the signal needs no constructor
 * dependency. A failing mutation signals nothing; a failing signal never
 * fails the mutation (the sweep catches it up).
 *
 *   @SearchChanged({ COMMENT: (c: CommentModel) => [c.id], THREAD: (c: CommentModel) => [c.threadId] })
 */
export function SearchChanged(changes: Record<string, SearchChangedIds>): MethodDecorator {
  return applyDecorators(SetMetadata(SEARCH_CHANGED, changes), UseInterceptors(SearchChangedInterceptor));
}

@Injectable()
export class SearchChangedInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly changes: SearchIndexChanges,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.reflector.get<Record<string, SearchChangedIds> | undefined>(
      SEARCH_CHANGED,
      context.getHandler(),
    );
    if (!spec) return next.handle();
    // GraphQL resolvers are called with (root, args, context, info).
    const args: unknown = context.getType<string>() === 'graphql' ? context.getArgByIndex(1) : {};
    return next.handle().pipe(
      mergeMap(async (result: unknown) => {
        // A picker that meets an unexpected shape is skipped: the sweep picks the change up.
        await forEachPickedIds(spec, result, args, (type, ids) => this.changes.changed(type, ids));
        return result;
      }),
    );
  }
}
