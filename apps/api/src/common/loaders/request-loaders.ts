import { Injectable } from '@nestjs/common';
import type { Type } from '@nestjs/common';
import { PARAMTYPES_METADATA } from '@nestjs/common/constants';
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

/**
 * The whole of a feature's contribution in one call: `deps` are the providers
 * `build` needs (injected in that order) and `build` returns the feature's
 * fresh loaders for one request. Returns the provider class to list in the
 * feature's module, named `<feature>Loaders` for boot-time error messages.
 *
 *   export const EventsLoadersContribution = defineLoaders('events', [EventsRepository], eventsLoaders);
 */
export function defineLoaders<D extends unknown[], L extends Partial<RequestLoaders>>(
  feature: string,
  deps: { [I in keyof D]: Type<D[I]> },
  build: (...deps: D) => L,
): Type<LoadersContributor> {
  @LoadersContribution({ feature })
  @Injectable()
  class FeatureLoaders {
    private readonly deps: D;

    constructor(...deps: D) {
      this.deps = deps;
    }

    create(): L {
      return build(...this.deps);
    }
  }
  Reflect.defineMetadata(PARAMTYPES_METADATA, deps, FeatureLoaders);
  Object.defineProperty(FeatureLoaders, 'name', { value: `${feature}Loaders` });
  return FeatureLoaders as unknown as Type<LoadersContributor>;
}
