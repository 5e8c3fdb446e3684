import { applyDecorators, Injectable, SetMetadata, UseInterceptors } from '@nestjs/common';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Observable } from 'rxjs';
import { mergeMap } from 'rxjs';

import type { AuthUser } from '../auth/auth-user';
import { forEachPickedIds } from '../graphql/picked-ids';
import type { IdsPicker } from '../graphql/picked-ids';
import { WatchedItems } from './watched-items';

/** The ids of one item type a mutation may have published, from its result and arguments. */
export type PublishedIds = IdsPicker;

const ALERT_WATCHERS = 'mic:alert-watchers';

/**
 * Marks a GraphQL mutation that may publish a new item: once the resolver
 * has returned (its transaction committed), the ids picked from the result
 * go to `WatchedItems.published` with the signed-in user as the actor, and
 * the item's source says whether it is published. Needs no constructor
 * dependency; a failing alert never fails the mutation.
 *
 *   @AlertWatchers({ EVENT: (e: EventModel) => [e.id] })
 */
export function AlertWatchers(items: Record<string, PublishedIds>): MethodDecorator {
  return applyDecorators(
    SetMetadata(ALERT_WATCHERS, items),
    UseInterceptors(AlertWatchersInterceptor),
  );
}

@Injectable()
export class AlertWatchersInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly watched: WatchedItems,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.reflector.get<Record<string, PublishedIds> | undefined>(
      ALERT_WATCHERS,
      context.getHandler(),
    );
    if (!spec) return next.handle();
    const graphql = context.getType<string>() === 'graphql';
    const args: unknown = graphql ? context.getArgByIndex(1) : {};
    const ctx = (graphql ? context.getArgByIndex(2) : null) as { req?: { user?: AuthUser } } | null;
    const actorId = ctx?.req?.user?.id ?? null;
    return next.handle().pipe(
      mergeMap(async (result: unknown) => {
        await forEachPickedIds(spec, result, args, (type, ids) =>
          this.watched.published(type, ids, actorId),
        );
        return result;
      }),
    );
  }
}
