import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import { IcsModel, OrganisationModel } from '../directory/graphql/directory.models';
import { toIcsModel, toOrganisationModel } from '../directory/directory.mapper';
import { RoleAssignmentModel, UserModel } from './graphql/user.model';
import { MembershipModel } from './graphql/membership.models';
import { GrantRoleInput, RevokeRoleInput } from './graphql/users.inputs';
import { toMembershipModel, toUserModel } from './users.mapper';
import { canSeeEmail } from './users.policy';
import { UsersService } from './users.service';
import { SearchChanged } from '../../common/search/search-changed.decorator';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@CurrentUser() viewer: AuthUser | null): Promise<UserModel | null> {
    const user = await this.users.me(viewer);
    return user ? toUserModel(user) : null;
  }

  @Roles(Role.REGIONAL_ADMIN, Role.ICS_ADMIN)
  @Mutation(() => UserModel, { description: 'Grant a role (regional admin; ICS admin within their ICS). Audited.' })
  @SearchChanged({ PERSON: (u: { id: string }) => [u.id] })
  async grantRole(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: GrantRoleInput,
  ): Promise<UserModel> {
    return toUserModel(await this.users.grantRole(actor, input));
  }

  @Roles(Role.REGIONAL_ADMIN, Role.ICS_ADMIN)
  @Mutation(() => UserModel, { description: 'Revoke a role (regional admin; ICS admin within their ICS). Audited.' })
  @SearchChanged({ PERSON: (u: { id: string }) => [u.id] })
  async revokeRole(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: RevokeRoleInput,
  ): Promise<UserModel> {
    return toUserModel(await this.users.revokeRole(actor, input));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Email address: visible only to the person themselves and to admins.',
  })
  email(user: UserModel, _args: unknown, ctx: GqlContext): string | null {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    const self = ctx.req.signedInUserId === user.id;
    return self || canSeeEmail(viewer, user.id) ? user.email : null;
  }

  @ResolveField(() => OrganisationModel, {
    nullable: true,
    description:
      'The organisation the person belongs to or asked to join (see `membership` for whether it is verified); null until chosen.',
  })
  async organisation(user: UserModel, _args: unknown, ctx: GqlContext): Promise<OrganisationModel | null> {
    if (!user.organisationId) return null;
    const org = await ctx.loaders.organisationById.load(user.organisationId);
    return org ? toOrganisationModel(org) : null;
  }

  @ResolveField(() => MembershipModel, {
    nullable: true,
    description: 'Membership of the organisation: REQUESTED, VERIFIED or DECLINED; null until an organisation is chosen.',
  })
  membership(user: UserModel): MembershipModel | null {
    return toMembershipModel(user);
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Whether the email address is confirmed: visible only to the person themselves and to admins.',
  })
  emailConfirmed(user: UserModel, _args: unknown, ctx: GqlContext): boolean | null {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    const self = ctx.req.signedInUserId === user.id;
    return self || canSeeEmail(viewer, user.id) ? user.emailConfirmedAt !== null : null;
  }

  @ResolveField(() => [Role], { description: 'Roles held (without scope).' })
  async roles(user: UserModel, _args: unknown, ctx: GqlContext): Promise<Role[]> {
    const rows = await ctx.loaders.rolesByUserId.load(user.id);
    return [...new Set(rows.map((r) => r.role))];
  }

  @ResolveField(() => [RoleAssignmentModel], { description: 'Roles held, with ICS scope.' })
  async roleAssignments(user: UserModel, _args: unknown, ctx: GqlContext): Promise<RoleAssignmentModel[]> {
    const rows = await ctx.loaders.rolesByUserId.load(user.id);
    return rows.map((r) => ({ role: r.role, icsId: r.icsId }));
  }
}

@Resolver(() => RoleAssignmentModel)
export class RoleAssignmentResolver {
  @ResolveField(() => IcsModel, { nullable: true, description: 'The ICS an ICS_ADMIN role is scoped to.' })
  async ics(assignment: RoleAssignmentModel, _args: unknown, ctx: GqlContext): Promise<IcsModel | null> {
    if (!assignment.icsId) return null;
    const ics = await ctx.loaders.icsById.load(assignment.icsId);
    return ics ? toIcsModel(ics) : null;
  }
}
