import type { ConfigType } from '@nestjs/config';
import type { Request, Response } from 'express';

import type { GqlContext } from '../../common/graphql/gql-context';
import { clientIpOf } from '../../common/http/client-ip';
import type { authConfig } from '../../config/auth.config';
import type { ClientInfo, NewSession } from './auth.service';

type AuthConfig = ConfigType<typeof authConfig>;

/** Who is calling: the address decided by TRUST_PROXY, the user agent and any device cookie. */
export function clientOf(
  ctx: GqlContext,
  config: AuthConfig,
  deviceToken?: string | null,
): ClientInfo {
  const cookies = (ctx.req as Request & { cookies?: Record<string, string> }).cookies;
  return {
    ip: clientIpOf(ctx.req),
    userAgent: ctx.req.header('user-agent') ?? null,
    deviceToken: deviceToken ?? cookies?.[config.deviceCookieName] ?? null,
  };
}

/**
 * Sets the session and device cookies for API clients that use cookies. In
 * production the names carry the `__Host-` prefix (Secure, Path=/, no Domain).
 */
export function setAuthCookies(res: Response, config: AuthConfig, session: NewSession): void {
  const base = {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.secureCookies,
    path: '/',
  };
  res.cookie(config.cookieName, session.accessToken, { ...base, expires: session.expiresAt });
  res.cookie(config.deviceCookieName, session.deviceToken, {
    ...base,
    maxAge: config.deviceCookieMaxAgeSeconds * 1000,
  });
}

export function clearSessionCookie(res: Response, config: AuthConfig): void {
  res.clearCookie(config.cookieName, {
    path: '/',
    secure: config.secureCookies,
    httpOnly: true,
    sameSite: 'lax',
  });
}
