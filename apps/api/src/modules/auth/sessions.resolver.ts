import { Inject } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Policy } from '../../common/auth/roles.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import { authConfig } from '../../config/auth.config';
import { clearSessionCookie } from './auth-cookies';
import { RevokeAllSessionsArgs, RevokeSessionArgs } from './graphql/auth.models';
import { SessionModel } from './graphql/session.model';
import { SessionsService } from './sessions.service';

@Resolver(() => SessionModel)
export class SessionsResolver {
  constructor(
    private readonly sessions: SessionsService,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  @Query(() => [SessionModel], {
    description: 'Your active sessions (not signed out, not expired), most recently used first.',
  })
  mySessions(@CurrentUser() user: AuthUser): Promise<SessionModel[]> {
    return this.sessions.mySessions(user);
  }

  @Policy('any signed-in user, for their own sessions only (another person\'s session id is NOT_FOUND)')
  @Mutation(() => Boolean, { description: 'Sign out one of your sessions (it may be the current one).' })
  async revokeSession(
    @CurrentUser() user: AuthUser,
    @Args() args: RevokeSessionArgs,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    const done = await this.sessions.revokeSession(user, args.id);
    if (args.id === user.sessionId) clearSessionCookie(ctx.res, this.config);
    return done;
  }

  @Policy('any signed-in user, for their own sessions')
  @Mutation(() => Boolean, {
    description:
      'Sign out everywhere, including this session (as GitHub and Google do); with `keepCurrent: true`, everywhere else.',
  })
  async revokeAllSessions(
    @CurrentUser() user: AuthUser,
    @Args() args: RevokeAllSessionsArgs,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    await this.sessions.revokeAllSessions(user, args.keepCurrent);
    if (!args.keepCurrent) clearSessionCookie(ctx.res, this.config);
    return true;
  }
}
