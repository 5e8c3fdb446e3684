import { ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';

import { isDatabaseUnavailable } from '../errors/database-unavailable';
import { DomainException, unauthenticated } from '../errors/domain.exception';
import { IS_PUBLIC_KEY } from './public.decorator';
import type { AuthUser } from './auth-user';

export const SESSION_STRATEGY = 'session';

/**
 * Global guard: authenticates every GraphQL operation and HTTP route with the
 * session strategy (bearer token or session cookie). Operations marked
 * @Public() still get the user when one is signed in.
 */
@Injectable()
export class GqlAuthGuard extends AuthGuard(SESSION_STRATEGY) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext): unknown {
    if (context.getType<string>() === 'graphql') {
      return GqlExecutionContext.create(context).getContext<{ req: unknown }>().req;
    }
    return context.switchToHttp().getRequest();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) {
      // No bearer header and no cookie: the strategy could only say "anonymous",
      // so skip it (public lists are the hot path for anonymous readers).
      const req = this.getRequest(context) as { headers: Record<string, string | string[] | undefined> };
      if (!req.headers.authorization && !req.headers.cookie) return true;
    }
    try {
      await super.canActivate(context);
    } catch (error) {
      // A session that cannot be checked is not "signed out": answer 503.
      if (isDatabaseUnavailable(error)) throw error;
      // A credential the strategy refused by name (a revoked or expired access
      // token) fails even on public operations, so an integrator learns of it.
      if (error instanceof DomainException) throw error;
      if (!isPublic) {
        if (error instanceof UnauthorizedException) throw unauthenticated();
        throw error;
      }
    }
    return true;
  }

  override handleRequest<TUser = AuthUser>(err: unknown, user: TUser | false): TUser {
    if (err) {
      throw err instanceof Error || isDatabaseUnavailable(err) ? err : new UnauthorizedException();
    }
    if (!user) throw new UnauthorizedException();
    return user;
  }
}
