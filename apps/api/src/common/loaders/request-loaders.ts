import { DiscoveryService } from '@nestjs/core';

/**
 * The per-request bag of DataLoaders (`ctx.loaders`). Empty here: common knows
 * no feature. Each feature adds its keys from its own
 * `loaders/<feature>.loaders.contribution.ts` by declaration merging:
 *
 *   declare module '../../../common/loaders/request-loaders' {
 *     interface RequestLoaders { eventById: DataLoader<string, EventEntity | null> }
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface RequestLoaders {}

/** What a feature passes to `@LoadersContribution`: its name, for error messages and the registry. */
export interface LoadersContributionOptions {
  feature: string;
}

/**
 * A feature's part of the bag. `create()` is called once per GraphQL request
 * and returns fresh DataLoaders for the keys the feature declared on
 * `RequestLoaders` (pass them as `K` so the compiler checks the types).
 */
export interface LoadersContributor<K extends keyof RequestLoaders = keyof RequestLoaders> {
  create(): Pick<RequestLoaders, K>;
}

/**
 * Marks a provider as a loaders contribution. `LoadersModule` finds every one
 * at boot through `DiscoveryService`; the feature registers the class as a
 * provider of its own module and nothing else.
 */
export const LoadersContribution = DiscoveryService.createDecorator<LoadersContributionOptions>();
