import { createHash } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { NextFunction, Request, Response } from 'express';

import { publicCacheConfig } from '../../config/app.config';
import { PublicContentVersion } from './public-content-version';
import { ResponseCache } from './response-cache';

/** Headers on a response served to (or kept for) anonymous readers. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';
export const PUBLIC_VARY = 'Accept, Cookie, Authorization';

/** What the middleware leaves on a request that may fill the cache. */
export interface PublicCacheTicket {
  key: string;
  version: string;
  /** Set by publicCachePlugin when the operation and its result may be kept. */
  cacheable?: boolean;
}

export type PublicCacheRequest = Request & { publicCache?: PublicCacheTicket };

/** Apollo's CSRF rule for a GET (see @apollo/server preventCsrf), so a hit answers exactly what a miss would. */
const CSRF_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

/**
 * The key of an anonymous GraphQL GET that may be served from the cache, or
 * null: credentials of any kind (an Authorization header, any cookie), a
 * persisted-query or other extension, a repeated parameter, a content type
 * Apollo refuses or a request Apollo's CSRF prevention refuses all go the
 * ordinary way.
 */
export function publicCacheKey(req: Request): string | null {
  if (req.method !== 'GET' || req.path !== '/graphql') return null;
  const headers = req.headers;
  if (headers.authorization !== undefined || headers.cookie !== undefined) return null;
  const contentType = headers['content-type'];
  if (
    contentType !== undefined &&
    contentType.split(';')[0].trim().toLowerCase() !== 'application/json'
  ) {
    return null;
  }
  if (
    contentType === undefined &&
    !CSRF_HEADERS.some((name) => String(headers[name] ?? '').trim())
  ) {
    return null;
  }
  const at = req.url.indexOf('?');
  const params = new URLSearchParams(at < 0 ? '' : req.url.slice(at + 1));
  const query = params.getAll('query');
  const variables = params.getAll('variables');
  const operationName = params.getAll('operationName');
  if (
    query.length !== 1 ||
    variables.length > 1 ||
    operationName.length > 1 ||
    params.has('extensions')
  ) {
    return null;
  }
  return JSON.stringify([
    query[0],
    variables[0] ?? null,
    operationName[0] ?? null,
    headers.accept ?? null,
  ]);
}

function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

/**
 * Anonymous responses to public GraphQL queries, shared by every request of
 * the process and valid while the public content version has not moved
 * (docs/adr/0012). The middleware answers hits before Nest and Apollo; a miss
 * goes through the ordinary pipeline and is kept when publicCachePlugin marks
 * it cacheable.
 */
@Injectable()
export class PublicResponseCache {
  private readonly cache: ResponseCache;

  constructor(
    private readonly version: PublicContentVersion,
    @Inject(publicCacheConfig.KEY) private readonly config: ConfigType<typeof publicCacheConfig>,
  ) {
    this.cache = new ResponseCache({
      maxEntries: config.maxEntries,
      maxBytes: config.maxBytes,
      ttlMs: config.ttlMs,
    });
  }

  get stats(): { entries: number; bytes: number } {
    return { entries: this.cache.size, bytes: this.cache.totalBytes };
  }

  middleware(): (req: Request, res: Response, next: NextFunction) => void {
    return (req, res, next) => {
      if (!this.config.enabled) return next();
      const key = publicCacheKey(req);
      if (key === null) return next();
      const fresh = this.version.fresh();
      if (fresh !== null) return this.serve(key, fresh, req as PublicCacheRequest, res, next);
      this.version.get().then(
        (version) => this.serve(key, version, req as PublicCacheRequest, res, next),
        // The database is unreachable: the ordinary path answers (503).
        () => next(),
      );
    };
  }

  private serve(
    key: string,
    version: string,
    req: PublicCacheRequest,
    res: Response,
    next: NextFunction,
  ): void {
    const now = Date.now();
    const hit = this.cache.get(key, version, now);
    if (hit) {
      res.setHeader('content-type', hit.contentType);
      res.setHeader('cache-control', PUBLIC_CACHE_CONTROL);
      res.setHeader('vary', PUBLIC_VARY);
      res.setHeader('etag', hit.etag);
      if (matches(req.headers['if-none-match'], hit.etag)) {
        res.statusCode = 304;
        res.end();
        return;
      }
      res.statusCode = 200;
      res.setHeader('content-length', hit.body.length);
      res.end(hit.body);
      return;
    }
    const ticket: PublicCacheTicket = { key, version };
    req.publicCache = ticket;
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (ticket.cacheable && res.statusCode === 200 && typeof body === 'string') {
        const buffer = Buffer.from(body, 'utf8');
        const etag = etagOf(buffer);
        const contentType = String(
          res.getHeader('content-type') ?? 'application/json; charset=utf-8',
        );
        this.cache.set(key, version, { body: buffer, etag, contentType }, now);
        // Express answers 304 itself when If-None-Match matches this ETag.
        res.setHeader('etag', etag);
      }
      return send(body);
    };
    next();
  }
}
