import { Inject, Injectable } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';

import { appConfig } from '../../config/app.config';
import { authConfig } from '../../config/auth.config';
import { IS_PUBLIC_KEY } from '../auth/public.decorator';
import { forbidden } from '../errors/domain.exception';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const ALLOWED_FETCH_SITES = new Set(['same-origin', 'same-site', 'none']);

/**
 * Headers a browser only sends cross-origin after a CORS preflight (which we
 * never grant): the same convention as Apollo's CSRF prevention on /graphql.
 */
export const CSRF_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'] as const;

/**
 * CSRF defence for REST routes authenticated by the session cookie (e.g.
 * POST /files). A state-changing request that carries the cookie and no
 * bearer token must come from a trusted origin (`Sec-Fetch-Site` same-origin,
 * same-site or none; `Origin`, when sent, one of WEB_ORIGIN, WEB_PUBLIC_URL,
 * PUBLIC_API_URL) and carry one of CSRF_HEADERS. Bearer-token requests are
 * not CSRF-prone (a browser never adds the header by itself); @Public routes
 * do not act on the cookie (the unsubscribe link carries its own token);
 * /graphql has Apollo's own check. GET downloads by link keep working.
 */
@Injectable()
export class CrossSiteRequestGuard implements CanActivate {
  private readonly trusted: Set<string>;

  constructor(
    private readonly reflector: Reflector,
    @Inject(appConfig.KEY) app: ConfigType<typeof appConfig>,
    @Inject(authConfig.KEY) private readonly auth: ConfigType<typeof authConfig>,
  ) {
    this.trusted = new Set(app.trustedOrigins);
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request & { cookies?: Record<string, string> }>();
    if (SAFE_METHODS.has(req.method)) return true;
    if (req.header('authorization')?.startsWith('Bearer ')) return true;
    if (!req.cookies?.[this.auth.cookieName]) return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;

    const site = req.header('sec-fetch-site');
    if (site && !ALLOWED_FETCH_SITES.has(site)) throw crossSite();
    const origin = req.header('origin');
    if (origin && !this.trusted.has(origin)) throw crossSite();
    if (!CSRF_HEADERS.some((name) => req.header(name)?.trim())) {
      throw forbidden(
        `This request needs one of the headers ${CSRF_HEADERS.join(', ')} (or a bearer token).`,
      );
    }
    return true;
  }
}

function crossSite() {
  return forbidden('Requests from other sites are not allowed.');
}
