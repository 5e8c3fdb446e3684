import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';

import type { AuthUser } from '../../common/auth/auth-user';
import { SESSION_STRATEGY } from '../../common/auth/gql-auth.guard';
import { authConfig } from '../../config/auth.config';
import { AccessTokenAuthenticator } from './access-tokens/access-token-authenticator';
import { looksLikeAccessToken } from './access-tokens/access-token-text';
import { AuthService } from './auth.service';
import { tokenFromRequest } from './session-token';

/**
 * Accepts `Authorization: Bearer <token>` or the httpOnly session cookie. A
 * bearer token starting `mic_pat_` is a personal access token (never read
 * from a cookie); an invalid one is refused, not treated as anonymous.
 */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, SESSION_STRATEGY) {
  constructor(
    private readonly auth: AuthService,
    private readonly accessTokens: AccessTokenAuthenticator,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {
    super();
  }

  async validate(req: Request): Promise<AuthUser | null> {
    const bearer = bearerOf(req);
    const token = tokenFromRequest(req, this.config.cookieName);
    const user =
      bearer !== null && looksLikeAccessToken(bearer)
        ? await this.accessTokens.authenticate(bearer)
        : !token || looksLikeAccessToken(token)
          ? null
          : await this.auth.authenticate(token);
    const requestId = (req as Request & { requestId?: string }).requestId;
    return user && requestId ? { ...user, requestId } : user;
  }
}

function bearerOf(req: Request): string | null {
  const header = req.header('authorization');
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
}
