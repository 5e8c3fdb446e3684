import { createHmac } from 'node:crypto';

import { Inject } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { Policy } from '../../common/auth/roles.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import { authConfig } from '../../config/auth.config';
import { AuditService } from '../audit/audit.service';
import { toUserModel } from '../users/users.mapper';
import { clearSessionCookie, clientOf, setAuthCookies } from './auth-cookies';
import { AuthException } from './auth.exception';
import type { NewSession } from './auth.service';
import { AuthService } from './auth.service';
import { AuthPayload, ChangePasswordInput, SignInInput, SignUpInput } from './graphql/auth.models';
import { normaliseEmail } from './password.policy';

/**
 * The audit target of a failed sign-in: a keyed hash of the address typed,
 * never the address (it may belong to nobody, or to someone later deleted).
 */
export function signInAttemptKey(secret: string, email: string): string {
  return createHmac('sha256', secret).update(`audit:sign-in:${normaliseEmail(email)}`).digest('hex');
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
    private readonly audit: AuditService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Create an account and sign in (rate-limited per IP and per email).' })
  async signUp(@Args('input') input: SignUpInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return issue(ctx, this.config, await this.auth.signUp(input, clientOf(ctx, this.config)));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Sign in with email and password. Repeated failures impose a growing wait ("Too many attempts, try again in N seconds"); a browser with a device token for the account has its own counter.',
  })
  async signIn(@Args('input') input: SignInInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    const requestId = ctx.req.requestId ?? null;
    let session: NewSession;
    try {
      session = await this.auth.signIn(input, clientOf(ctx, this.config, input.deviceToken));
    } catch (error) {
      if (error instanceof AuthException) {
        await this.audit.record({
          actorId: null,
          action: 'sign_in.failed',
          targetType: 'sign_in',
          targetId: signInAttemptKey(this.config.deviceCookieSecret, input.email),
          details: { reason: error.code },
          requestId,
        });
      }
      throw error;
    }
    await this.audit.record({
      actorId: session.user.id,
      action: 'sign_in.succeeded',
      targetType: 'user',
      targetId: session.user.id,
      requestId,
    });
    return issue(ctx, this.config, session);
  }

  @Policy('any signed-in user, for their own session')
  @Mutation(() => Boolean, { description: 'Revoke the current session.' })
  async signOut(@CurrentUser() user: AuthUser, @Context() ctx: GqlContext): Promise<boolean> {
    clearSessionCookie(ctx.res, this.config);
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
}

/** Sets the cookies and shapes the payload of a new session. */
export function issue(
  ctx: GqlContext,
  config: ConfigType<typeof authConfig>,
  session: NewSession,
): AuthPayload {
  ctx.req.signedInUserId = session.user.id;
  setAuthCookies(ctx.res, config, session);
  return {
    accessToken: session.accessToken,
    user: toUserModel(session.user),
    deviceToken: session.deviceToken,
  };
}
