import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../../common/auth/auth-user';
import { hasRole } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Roles } from '../../../common/auth/roles.decorator';
import type { GqlContext } from '../../../common/graphql/gql-context';
import { SearchChanged } from '../../../common/search/search-changed.decorator';
import { UserModel } from '../../users/graphql/user.model';
import { toUserModel } from '../../users/users.mapper';
import { SignInStateModel, SuspendUserInput } from './account-suspension.models';
import { AccountSuspensionService } from './account-suspension.service';

@Resolver(() => UserModel)
export class AccountSuspensionResolver {
  constructor(private readonly suspension: AccountSuspensionService) {}

  @Roles(Role.REGIONAL_ADMIN, Role.ICS_ADMIN)
  @Mutation(() => UserModel, {
    description:
      'Suspend an account: it cannot sign in and all its sessions end at once (regional admin; ICS admin within their ICS; never yourself). Already suspended is CONFLICT. Audited with the reason.',
  })
  @SearchChanged({ PERSON: (u: { id: string }) => [u.id] })
  async suspendUser(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: SuspendUserInput,
  ): Promise<UserModel> {
    return toUserModel(await this.suspension.suspend(actor, input.userId, input.reason));
  }

  @Roles(Role.REGIONAL_ADMIN, Role.ICS_ADMIN)
  @Mutation(() => UserModel, {
    description:
      'Lift a suspension so the person can sign in again (same rules as suspendUser). Not suspended is CONFLICT. Audited.',
  })
  @SearchChanged({ PERSON: (u: { id: string }) => [u.id] })
  async restoreUser(
    @CurrentUser() actor: AuthUser,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<UserModel> {
    return toUserModel(await this.suspension.restore(actor, userId));
  }

  @ResolveField(() => SignInStateModel, {
    nullable: true,
    description:
      'Sign-in state (last active, live sessions, suspended): admins only, null for anyone else.',
  })
  async signInState(
    user: UserModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<SignInStateModel | null> {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    if (!hasRole(viewer, Role.REGIONAL_ADMIN, Role.ICS_ADMIN)) return null;
    const stats = await ctx.loaders.sessionStatsByUserId.load(user.id);
    return {
      lastActiveAt: stats.lastUsedAt ? new Date(stats.lastUsedAt) : null,
      activeSessions: stats.liveSessions,
      suspended: user.accountSuspendedAt !== null,
    };
  }
}
