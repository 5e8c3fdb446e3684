import { Inject } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { Policy } from '../../common/auth/roles.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import { authConfig } from '../../config/auth.config';
import { toUserModel } from '../users/users.mapper';
import type { ClientInfo, NewSession } from './auth.service';
import { AuthService } from './auth.service';
import { AuthPayload, ChangePasswordInput, SignInInput, SignUpInput } from './graphql/auth.models';

function clientOf(ctx: GqlContext): ClientInfo {
  return { ip: ctx.req.ip ?? 'unknown', userAgent: ctx.req.header('user-agent') ?? null };
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Create an account and sign in.' })
  async signUp(@Args('input') input: SignUpInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return this.issue(ctx, await this.auth.signUp(input, clientOf(ctx)));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sign in with email and password (rate-limited).' })
  async signIn(@Args('input') input: SignInInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return this.issue(ctx, await this.auth.signIn(input, clientOf(ctx)));
  }

  @Policy('any signed-in user, for their own session')
  @Mutation(() => Boolean, { description: 'Revoke the current session.' })
  async signOut(@CurrentUser() user: AuthUser, @Context() ctx: GqlContext): Promise<boolean> {
    ctx.res.clearCookie(this.config.cookieName, { path: '/' });
    return this.auth.signOut(user);
  }

  @Policy('any signed-in user, for their own account')
  @Mutation(() => Boolean, { description: 'Change your password; all your other sessions are revoked.' })
  changePassword(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ChangePasswordInput,
  ): Promise<boolean> {
    return this.auth.changePassword(user, input);
  }

  private issue(ctx: GqlContext, session: NewSession): AuthPayload {
    ctx.req.signedInUserId = session.user.id;
    ctx.res.cookie(this.config.cookieName, session.accessToken, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
      expires: session.expiresAt,
    });
    return { accessToken: session.accessToken, user: toUserModel(session.user) };
  }
}
