import { Injectable } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';

import { forbidden } from '../errors/domain.exception';
import type { AuthUser } from './auth-user';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const READ_ONLY_TOKEN_MESSAGE =
  'This access token is read-only (scope READ): it cannot run mutations. Create a READ_WRITE token on /account/tokens to make changes.';

/**
 * Global guard, the one place that enforces a personal access token's
 * scope: a READ token may run queries (and safe HTTP methods) only. Any
 * GraphQL mutation, or a state-changing REST request, made with one is
 * FORBIDDEN. Sessions are not affected.
 */
@Injectable()
export class AccessScopeGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      const user = gql.getContext<{ req: { user?: AuthUser } }>().req.user;
      const operation = gql.getInfo<GraphQLResolveInfo>().operation.operation;
      assertScopeAllows(user, operation === 'mutation');
      return true;
    }
    if (context.getType<string>() === 'http') {
      const req = context.switchToHttp().getRequest<{ user?: AuthUser; method: string }>();
      assertScopeAllows(req.user, !SAFE_METHODS.has(req.method));
    }
    return true;
  }
}

/** Throws FORBIDDEN when a READ access token attempts a change. */
export function assertScopeAllows(user: AuthUser | null | undefined, changes: boolean): void {
  if (changes && user?.accessToken?.scope === 'READ') throw forbidden(READ_ONLY_TOKEN_MESSAGE);
}
