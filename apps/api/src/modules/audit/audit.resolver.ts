import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import { AuditActionRegistry } from './audit-actions';
import { AuditLogQuery } from './audit-log.query';
import {
  AuditActionOptionModel,
  AuditEntryConnection,
  AuditEntryModel,
} from './graphql/audit.model';
import { AuditLogArgs } from './graphql/audit.inputs';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(
    private readonly query: AuditLogQuery,
    private readonly actions: AuditActionRegistry,
  ) {}

  @Roles(Role.REGIONAL_ADMIN, Role.ICS_ADMIN)
  @Query(() => AuditEntryConnection, {
    description:
      'The audit log, newest first (keyset pages). Regional admins see every entry, ICS admins the entries scoped to their ICS; anyone else is FORBIDDEN.',
  })
  auditLog(
    @CurrentUser() viewer: AuthUser,
    @Args() args: AuditLogArgs,
  ): Promise<AuditEntryConnection> {
    return this.query.page(viewer, args);
  }

  @Roles(Role.REGIONAL_ADMIN, Role.ICS_ADMIN)
  @Query(() => [AuditActionOptionModel], {
    description: 'Every action the features record, for the audit log filter.',
  })
  auditActions(): AuditActionOptionModel[] {
    return this.actions
      .all()
      .map((a) => ({
        action: a.action,
        label: a.label,
        targetType: a.targetType,
        feature: a.feature,
      }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The display name of who did it (batched; null for the system or a sign-in attempt).',
  })
  async actorName(
    entry: AuditEntryModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<string | null> {
    if (!entry.actorId) return null;
    const user = await ctx.loaders.userById.load(entry.actorId);
    return user?.name ?? null;
  }
}
