import { Inject } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/public.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import { authConfig } from '../../config/auth.config';
import { clientOf } from './auth-cookies';
import { issue } from './auth.resolver';
import {
  AuthPayload,
  PasswordResetTokenArgs,
  RequestPasswordResetInput,
  ResetPasswordInput,
} from './graphql/auth.models';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(
    private readonly reset: PasswordResetService,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Email a password reset link (valid 1 hour, single use) if an account has this address. Always true, whether or not it does, and when the rate limit is reached (then nothing is sent).',
  })
  requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return this.reset.requestReset(input.email, clientOf(ctx, this.config));
  }

  @Public()
  @Query(() => Boolean, { description: 'Whether a password reset link can still be used (not used, not expired).' })
  passwordResetTokenValid(@Args() args: PasswordResetTokenArgs): Promise<boolean> {
    return this.reset.isTokenLive(args.token);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Set a new password with the token from a reset email and sign in. Every existing session of the account is signed out. An unknown, used or expired token is BAD_USER_INPUT.',
  })
  async resetPassword(
    @Args('input') input: ResetPasswordInput,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayload> {
    const session = await this.reset.resetPassword(input.token, input.newPassword, clientOf(ctx, this.config));
    return issue(ctx, this.config, session);
  }
}
