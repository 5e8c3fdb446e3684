import { Args, ID, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../../common/auth/auth-user';
import { hasRole } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Roles } from '../../../common/auth/roles.decorator';
import type { GqlContext } from '../../../common/graphql/gql-context';
import { UserModel } from '../graphql/user.model';
import { toUserModel } from '../users.mapper';
import {
  AccountSuspensionModel,
  AdminPeopleArgs,
  AdminPeopleConnection,
} from './admin-people.models';
import { AdminPeopleService } from './admin-people.service';

/** `/admin/people`: search and view people with their emails (regional admins; ICS admins within their ICS). */
@Resolver(() => UserModel)
export class AdminPeopleResolver {
  constructor(private readonly service: AdminPeopleService) {}

  @Roles(Role.REGIONAL_ADMIN, Role.ICS_ADMIN)
  @Query(() => AdminPeopleConnection, {
    description:
      'People by name, with emails, for admins: a regional admin sees everyone, an ICS admin the people whose organisation is in their ICS. Filter by name or email, ICS, organisation, role and status.',
  })
  adminPeople(
    @CurrentUser() actor: AuthUser,
    @Args() args: AdminPeopleArgs,
  ): Promise<AdminPeopleConnection> {
    return this.service.search(actor, args);
  }

  @Roles(Role.REGIONAL_ADMIN, Role.ICS_ADMIN)
  @Query(() => UserModel, {
    description:
      'One person for admins (NOT_FOUND when unknown; FORBIDDEN outside an ICS admin’s ICS).',
  })
  async adminPerson(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<UserModel> {
    return toUserModel(await this.service.person(actor, id));
  }

  @ResolveField(() => AccountSuspensionModel, {
    nullable: true,
    description:
      'The admin suspension of this account, if any: admins only (null for anyone else).',
  })
  suspension(user: UserModel, _args: unknown, ctx: GqlContext): AccountSuspensionModel | null {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    if (!user.accountSuspendedAt || !hasRole(viewer, Role.REGIONAL_ADMIN, Role.ICS_ADMIN))
      return null;
    return { suspendedAt: user.accountSuspendedAt, reason: user.accountSuspensionReason };
  }
}
