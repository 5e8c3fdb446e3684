import type { Request } from 'express';

import { publicCacheKey } from './public-response-cache';
import { ResponseCache } from './response-cache';

const response = (text: string) => ({
  body: Buffer.from(text),
  etag: `"${text}"`,
  contentType: 'application/json; charset=utf-8',
});

describe('ResponseCache', () => {
  it('should serve an entry only at the version it was stored for, and drop everything when the version moves', () => {
    const cache = new ResponseCache({ maxEntries: 10, maxBytes: 1_000_000, ttlMs: 1000 });
    expect(cache.get('k', '1', 0)).toBeUndefined();
    expect(cache.set('k', '1', response('a'), 0)).toBe(true);
    expect(cache.get('k', '1', 10)?.body.toString()).toBe('a');
    expect(cache.get('k', '2', 20)).toBeUndefined();
    expect(cache.size).toBe(0);
    // A response computed at version 1 is refused once the cache is at 2.
    expect(cache.set('k', '1', response('old'), 30)).toBe(false);
    expect(cache.get('k', '2', 40)).toBeUndefined();
  });

  it('should expire entries after the TTL', () => {
    const cache = new ResponseCache({ maxEntries: 10, maxBytes: 1_000_000, ttlMs: 1000 });
    cache.get('k', '1', 0);
    cache.set('k', '1', response('a'), 0);
    expect(cache.get('k', '1', 999)).toBeDefined();
    expect(cache.get('k', '1', 1000)).toBeUndefined();
    expect(cache.totalBytes).toBe(0);
  });

  it('should evict the least recently used entry beyond the entry count', () => {
    const cache = new ResponseCache({ maxEntries: 2, maxBytes: 1_000_000, ttlMs: 1000 });
    cache.get('a', '1', 0);
    cache.set('a', '1', response('a'), 0);
    cache.set('b', '1', response('b'), 0);
    cache.get('a', '1', 1); // a is now the most recent
    cache.set('c', '1', response('c'), 2);
    expect(cache.get('b', '1', 3)).toBeUndefined();
    expect(cache.get('a', '1', 3)).toBeDefined();
    expect(cache.get('c', '1', 3)).toBeDefined();
  });

  it('should stay within the byte budget and refuse an entry larger than it', () => {
    const cache = new ResponseCache({ maxEntries: 100, maxBytes: 2000, ttlMs: 1000 });
    cache.get('x', '1', 0);
    for (let i = 0; i < 10; i += 1) cache.set(`k${i}`, '1', response('x'.repeat(500)), i);
    expect(cache.totalBytes).toBeLessThanOrEqual(2000);
    expect(cache.size).toBeLessThan(10);
    expect(cache.set('big', '1', response('x'.repeat(5000)), 20)).toBe(false);
    expect(cache.totalBytes).toBeLessThanOrEqual(2000);
  });
});

describe('publicCacheKey', () => {
  const query = encodeURIComponent('{ icss { odsCode } }');
  const req = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
    ({
      method,
      url,
      path: url.split('?')[0],
      headers: { 'apollo-require-preflight': 'true', ...headers },
    }) as unknown as Request;

  it('should key an anonymous GraphQL GET by query, variables, operation name and Accept', () => {
    const a = publicCacheKey(req(`/graphql?query=${query}&variables=%7B%7D`));
    expect(a).not.toBeNull();
    expect(publicCacheKey(req(`/graphql?query=${query}&variables=%7B%22x%22%3A1%7D`))).not.toBe(a);
    expect(
      publicCacheKey(
        req(`/graphql?query=${query}&variables=%7B%7D`, {
          accept: 'application/graphql-response+json',
        }),
      ),
    ).not.toBe(a);
  });

  it('should refuse anything with a credential, a POST, an extension, a repeated parameter or no CSRF header', () => {
    const url = `/graphql?query=${query}`;
    expect(publicCacheKey(req(url, { cookie: 'x=1' }))).toBeNull();
    expect(publicCacheKey(req(url, { authorization: 'Bearer abc' }))).toBeNull();
    expect(publicCacheKey(req(url, {}, 'POST'))).toBeNull();
    expect(publicCacheKey(req(`${url}&extensions=%7B%7D`))).toBeNull();
    expect(publicCacheKey(req(`${url}&query=${query}`))).toBeNull();
    expect(publicCacheKey(req(url, { 'content-type': 'text/plain' }))).toBeNull();
    expect(publicCacheKey({ ...req(url), headers: {} } as unknown as Request)).toBeNull();
    expect(publicCacheKey(req(`/other?query=${query}`))).toBeNull();
  });
});
