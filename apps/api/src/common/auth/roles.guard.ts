import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';

import type { Role } from '@mic/shared-util';

import { forbidden } from '../errors/domain.exception';
import type { AuthUser } from './auth-user';
import { ROLES_KEY } from './roles.decorator';

/** Global guard for @Roles(...): the user must hold at least one of them. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles?.length) return true;
    const req =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<{ req: { user?: AuthUser } }>().req
        : context.switchToHttp().getRequest<{ user?: AuthUser }>();
    const user = req.user;
    if (!user || !user.roles.some((r) => roles.includes(r.role))) throw forbidden();
    return true;
  }
}
