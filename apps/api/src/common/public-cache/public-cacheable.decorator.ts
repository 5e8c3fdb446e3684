import { Extensions } from '@nestjs/graphql';

/** The schema extension that marks a root query field as public-cacheable. */
export const PUBLIC_CACHE_EXTENSION = 'publicCache';

/**
 * Marks a root query whose anonymous answer depends only on its arguments and
 * on public data (no secret token among the arguments, no side effect such as
 * a rate limit): anonymous GET requests whose root fields are all marked share
 * one cached response per (query, variables, operation name, Accept) until
 * the public content version moves (common/public-cache, docs/adr/0012).
 * Signed-in requests never use the cache.
 */
export const PublicCacheable = (): MethodDecorator & ClassDecorator & PropertyDecorator =>
  Extensions({ [PUBLIC_CACHE_EXTENSION]: true });
