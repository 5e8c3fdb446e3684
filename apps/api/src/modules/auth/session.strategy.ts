import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';

import type { AuthUser } from '../../common/auth/auth-user';
import { SESSION_STRATEGY } from '../../common/auth/gql-auth.guard';
import { authConfig } from '../../config/auth.config';
import { AuthService } from './auth.service';
import { tokenFromRequest } from './session-token';

/** Accepts `Authorization: Bearer <token>` or the httpOnly session cookie. */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, SESSION_STRATEGY) {
  constructor(
    private readonly auth: AuthService,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {
    super();
  }

  async validate(req: Request): Promise<AuthUser | null> {
    const token = tokenFromRequest(req, this.config.cookieName);
    if (!token) return null;
    const user = await this.auth.authenticate(token);
    const requestId = (req as Request & { requestId?: string }).requestId;
    return user && requestId ? { ...user, requestId } : user;
  }
}
