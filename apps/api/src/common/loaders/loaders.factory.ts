import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

import { discoverContributions } from '../contributions/discover-contributions';
import { LoadersContribution } from './request-loaders';
import type {
  LoadersContributionOptions,
  LoadersContributor,
  RequestLoaders,
} from './request-loaders';

/**
 * Builds a fresh bag of DataLoaders for each GraphQL request from every
 * feature's `@LoadersContribution`. Two contributions defining the same key
 * fail at boot.
 */
@Injectable()
export class LoadersFactory implements OnModuleInit {
  private contributors:
    { feature: string; contributor: LoadersContributor; keys: string[] }[] | null = null;
  private keyOwners = new Map<string, string>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    this.load();
  }

  /** Each loader key and the feature that contributes it. */
  keys(): ReadonlyMap<string, string> {
    this.load();
    return this.keyOwners;
  }

  /**
   * A fresh bag for one request. Lazy: a feature's loaders are built on the first use of
   * one of its keys in that request (all of that feature's keys at once, so its loaders
   * can still prime each other). A request touches a few features of dozens, and building
   * every DataLoader up front for every request was allocation that lived as long as the
   * request, most of it promoted to the old generation under concurrent load.
   */
  create(): RequestLoaders {
    return Object.create(this.bagPrototype()) as RequestLoaders;
  }

  private prototypeCache: object | null = null;

  /** One accessor per key; the first access in a bag replaces the feature's accessors with its loaders. */
  private bagPrototype(): object {
    if (this.prototypeCache) return this.prototypeCache;
    const proto = {};
    for (const { contributor, keys } of this.load()) {
      for (const key of keys) {
        Object.defineProperty(proto, key, {
          enumerable: true,
          configurable: false,
          get(this: Record<string, unknown>) {
            const made = contributor.create() as Record<string, unknown>;
            for (const k of keys) {
              Object.defineProperty(this, k, {
                value: made[k],
                enumerable: true,
                writable: false,
                configurable: false,
              });
            }
            return made[key];
          },
        });
      }
    }
    this.prototypeCache = proto;
    return proto;
  }

  private load(): { feature: string; contributor: LoadersContributor; keys: string[] }[] {
    if (this.contributors) return this.contributors;
    const found = discoverContributions<LoadersContributionOptions, LoadersContributor>(
      this.discovery,
      LoadersContribution,
    );
    const owners = new Map<string, string>();
    const keysOf = new Map<unknown, string[]>();
    for (const { meta, instance, name } of found) {
      if (typeof instance.create !== 'function') {
        throw new Error(`${name} is a @LoadersContribution without a create() method.`);
      }
      // Created once here only to learn the keys: DataLoaders query nothing until used.
      const keys = Object.keys(instance.create());
      keysOf.set(instance, keys);
      for (const key of keys) {
        const owner = owners.get(key);
        if (owner) {
          throw new Error(
            `Loader "${key}" is contributed twice: by ${owner} and by ${meta.feature} (${name}).`,
          );
        }
        owners.set(key, meta.feature);
      }
    }
    this.keyOwners = owners;
    this.contributors = found.map(({ meta, instance }) => ({
      feature: meta.feature,
      contributor: instance,
      keys: keysOf.get(instance) ?? [],
    }));
    return this.contributors;
  }
}
