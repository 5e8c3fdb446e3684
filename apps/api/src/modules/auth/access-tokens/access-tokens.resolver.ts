import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Policy } from '../../../common/auth/roles.decorator';
import {
  AccessTokenModel,
  CreateAccessTokenInput,
  NewAccessTokenPayload,
  RevokeAccessTokenArgs,
} from './access-tokens.models';
import { AccessTokensService } from './access-tokens.service';

@Resolver(() => AccessTokenModel)
export class AccessTokensResolver {
  constructor(private readonly tokens: AccessTokensService) {}

  @Query(() => [AccessTokenModel], {
    description:
      'Your personal access tokens that are not revoked (expired ones included, marked `expired`), newest first. Never the token text.',
  })
  myAccessTokens(@CurrentUser() user: AuthUser): Promise<AccessTokenModel[]> {
    return this.tokens.list(user);
  }

  @Policy('any signed-in user, for themselves, from a session only (an access token cannot create tokens); at most 20 live tokens each')
  @Mutation(() => NewAccessTokenPayload, {
    description:
      'Create a personal access token for the API. The token text is in the answer and never again: copy it now.',
  })
  createAccessToken(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateAccessTokenInput,
  ): Promise<NewAccessTokenPayload> {
    return this.tokens.create(user, input);
  }

  @Policy("any signed-in user, for their own tokens only (another person's token id is NOT_FOUND)")
  @Mutation(() => AccessTokenModel, {
    description: 'Revoke one of your personal access tokens: it stops working at once.',
  })
  revokeAccessToken(
    @CurrentUser() user: AuthUser,
    @Args() args: RevokeAccessTokenArgs,
  ): Promise<AccessTokenModel> {
    return this.tokens.revoke(user, args.id);
  }
}
