import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { Kind } from 'graphql';

import type { GqlContext } from '../graphql/gql-context';
import { PUBLIC_CACHE_EXTENSION } from './public-cacheable.decorator';
import { PUBLIC_CACHE_CONTROL, PUBLIC_VARY } from './public-response-cache';
import type { PublicCacheRequest } from './public-response-cache';

/** Whether every root field of `operation` is a query marked @PublicCacheable(). */
export function isPublicCacheableOperation(
  operation: OperationDefinitionNode,
  schema: GraphQLSchema,
): boolean {
  if (operation.operation !== 'query') return false;
  const fields = schema.getQueryType()?.getFields();
  if (!fields) return false;
  return operation.selectionSet.selections.every((selection) => {
    if (selection.kind !== Kind.FIELD) return false;
    if (selection.name.value === '__typename') return true;
    return fields[selection.name.value]?.extensions?.[PUBLIC_CACHE_EXTENSION] === true;
  });
}

/**
 * Marks an anonymous GET (one the public-cache middleware let through with a
 * ticket) as cacheable when its operation is public-cacheable and it produced
 * data without errors, and gives it public cache headers. Must come after
 * httpResponsePlugin, whose `private, no-store` it overrides.
 */
export function publicCachePlugin(): ApolloServerPlugin<GqlContext> {
  return {
    requestDidStart({ contextValue }) {
      const ticket = (contextValue.req as PublicCacheRequest | undefined)?.publicCache;
      if (!ticket) return Promise.resolve();
      let cacheable = false;
      return Promise.resolve({
        didResolveOperation({ operation, schema }) {
          cacheable = operation ? isPublicCacheableOperation(operation, schema) : false;
          return Promise.resolve();
        },
        willSendResponse({ response, errors }) {
          if (
            !cacheable ||
            errors?.length ||
            response.body.kind !== 'single' ||
            response.body.singleResult.errors?.length ||
            (response.http.status !== undefined && response.http.status !== 200)
          ) {
            return Promise.resolve();
          }
          ticket.cacheable = true;
          response.http.headers.set('cache-control', PUBLIC_CACHE_CONTROL);
          response.http.headers.set('vary', PUBLIC_VARY);
          return Promise.resolve();
        },
      });
    },
  };
}
