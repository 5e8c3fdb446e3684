import { Inject } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Public } from '../../../common/auth/public.decorator';
import { Policy } from '../../../common/auth/roles.decorator';
import type { GqlContext } from '../../../common/graphql/gql-context';
import { RateLimitService } from '../../../common/rate-limit/rate-limit.service';
import { authConfig } from '../../../config/auth.config';
import { AuthException } from '../auth.exception';
import { clientOf } from '../auth-cookies';
import { issue } from '../auth.resolver';
import {
  CompleteSsoSignInInput,
  ConfirmSsoLinkByEmailInput,
  ConfirmSsoLinkInput,
  EmailSsoLinkInput,
  SsoLinkPromptModel,
  SsoSignInResultModel,
  SsoSignInStartModel,
  StartSsoSignInInput,
} from './graphql/sso.models';
import { SsoAccountsService } from './sso-accounts.service';
import { SsoEmailLinksService } from './sso-email-links.service';
import { hashToken } from '../session-token';
import { SsoSignInService } from './sso-sign-in.service';
import { SsoErrorCode, SsoException } from './sso.exception';

/** Starting, completing and linking organisation sign-ins (docs/adr/0010). */
@Resolver()
export class SsoSignInResolver {
  constructor(
    private readonly signIns: SsoSignInService,
    private readonly accounts: SsoAccountsService,
    private readonly rateLimit: RateLimitService,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  @Public()
  @Mutation(() => SsoSignInStartModel, {
    description:
      'Begin organisation sign-in for an address whose domain has a connection (rate-limited per IP).',
  })
  async startSsoSignIn(
    @Args('input') input: StartSsoSignInInput,
    @Context() ctx: GqlContext,
  ): Promise<SsoSignInStartModel> {
    const decision = await this.rateLimit.consume([
      {
        bucket: 'sso-start:ip',
        key: clientOf(ctx, this.config).ip,
        limit: 300,
        windowSeconds: 3600,
      },
    ]);
    if (!decision.allowed) throw AuthException.tooManyAttempts(decision.retryAfterSeconds);
    return this.signIns.start(input.email, input.returnTo);
  }

  @Public()
  @Mutation(() => SsoSignInResultModel, {
    description:
      'Finish organisation sign-in from the provider’s redirect: state, PKCE and nonce are checked and the ID token validated. Returns a session, or a link token when an account with the address already exists.',
  })
  async completeSsoSignIn(
    @Args('input') input: CompleteSsoSignInInput,
    @Context() ctx: GqlContext,
  ): Promise<SsoSignInResultModel> {
    const completed = await this.signIns.complete(input.callbackQuery, input.browserToken);
    if (!completed.ok) {
      await this.accounts.failed(completed);
      throw new SsoException(
        completed.reason === 'EMAIL_NOT_VERIFIED'
          ? SsoErrorCode.EmailNotVerified
          : SsoErrorCode.SignInFailed,
      );
    }
    const outcome = await this.accounts.signIn(completed, clientOf(ctx, this.config));
    if (outcome.kind === 'link') {
      return {
        linkToken: outcome.linkToken,
        connectionName: outcome.connectionName,
        returnTo: outcome.returnTo,
        session: null,
      };
    }
    return { session: issue(ctx, this.config, outcome.session), returnTo: outcome.returnTo };
  }

  @Public()
  @Query(() => SsoLinkPromptModel, {
    nullable: true,
    description: 'The pending link for this token, or null when it expired or was used.',
  })
  ssoLinkPrompt(
    @Args('linkToken', { type: () => String }) linkToken: string,
  ): Promise<SsoLinkPromptModel | null> {
    return linkToken.length > 200 ? Promise.resolve(null) : this.accounts.pendingLink(linkToken);
  }

  @Public()
  @Mutation(() => SsoSignInResultModel, {
    description:
      'Link an organisation sign-in to your existing account by proving its password (throttled like sign-in).',
  })
  async confirmSsoLink(
    @Args('input') input: ConfirmSsoLinkInput,
    @Context() ctx: GqlContext,
  ): Promise<SsoSignInResultModel> {
    const linked = await this.accounts.confirmLink(
      input.linkToken,
      input.password,
      clientOf(ctx, this.config),
    );
    return { session: issue(ctx, this.config, linked.session), returnTo: linked.returnTo };
  }

  @Policy('any signed-in user, for their own session')
  @Query(() => String, {
    nullable: true,
    description:
      'The identity provider’s end-session URL when this session began there and it supports RP-initiated logout; call before signOut.',
  })
  ssoSignOutUrl(@CurrentUser() user: AuthUser): Promise<string | null> {
    return this.signIns.logoutUrl(user.sessionId);
  }
}

/** Linking by an emailed link instead of the password (issue #15, docs/adr/0010). */
@Resolver()
export class SsoEmailLinkResolver {
  constructor(
    private readonly emailLinks: SsoEmailLinksService,
    private readonly accounts: SsoAccountsService,
    private readonly rateLimit: RateLimitService,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Email a single-use, 30-minute link to the existing account’s address; following it in this browser links the organisation sign-in (instead of the password). Rate-limited per pending link and per IP.',
  })
  async emailSsoLink(
    @Args('input') input: EmailSsoLinkInput,
    @Context() ctx: GqlContext,
  ): Promise<true> {
    const decision = await this.rateLimit.consume([
      {
        bucket: 'sso-link-email:link',
        key: hashToken(input.linkToken),
        limit: 3,
        windowSeconds: 3600,
      },
      {
        bucket: 'sso-link-email:ip',
        key: clientOf(ctx, this.config).ip,
        limit: 30,
        windowSeconds: 3600,
      },
    ]);
    if (!decision.allowed) throw AuthException.tooManyAttempts(decision.retryAfterSeconds);
    await this.emailLinks.emailLink(input.linkToken);
    return true;
  }

  @Public()
  @Mutation(() => SsoSignInResultModel, {
    description:
      'Follow the emailed link: with this browser’s pending link token it links the organisation sign-in and signs in, once. UNAUTHENTICATED when expired, used, or opened in another browser.',
  })
  async confirmSsoLinkByEmail(
    @Args('input') input: ConfirmSsoLinkByEmailInput,
    @Context() ctx: GqlContext,
  ): Promise<SsoSignInResultModel> {
    const linked = await this.accounts.confirmLinkByEmail(
      input.linkToken ?? null,
      input.emailToken,
      clientOf(ctx, this.config),
    );
    return { session: issue(ctx, this.config, linked.session), returnTo: linked.returnTo };
  }
}
