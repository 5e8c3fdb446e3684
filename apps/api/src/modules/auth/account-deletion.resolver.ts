import { Inject } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Policy } from '../../common/auth/roles.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import { authConfig } from '../../config/auth.config';
import { AccountDeletionModel, DeleteMyAccountInput } from '../privacy/graphql/privacy.models';
import { toAccountDeletionModel } from '../privacy/privacy.mapper';
import { AccountDeletionService } from './account-deletion.service';
import { clearSessionCookie } from './auth-cookies';

@Resolver()
export class AccountDeletionResolver {
  constructor(
    private readonly service: AccountDeletionService,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  @Policy('any signed-in user, for their own account, after re-entering their password')
  @Mutation(() => AccountDeletionModel, {
    description:
      'Delete your account (UK GDPR article 17): confirms your password (wrong → WRONG_PASSWORD; rate-limited as sign-in is), signs you out everywhere and anonymises the account after the grace period (ACCOUNT_DELETION_GRACE_DAYS). Sign in before then and call cancelAccountDeletion to keep it.',
  })
  async deleteMyAccount(
    @CurrentUser() user: AuthUser,
    @Args('input') input: DeleteMyAccountInput,
    @Context() ctx: GqlContext,
  ): Promise<AccountDeletionModel> {
    const deletion = await this.service.deleteMyAccount(user, input.password);
    clearSessionCookie(ctx.res, this.config);
    return toAccountDeletionModel(deletion);
  }
}
