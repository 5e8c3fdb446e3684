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
  private contributors: { feature: string; contributor: LoadersContributor }[] | null = null;
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

  create(): RequestLoaders {
    const bag = {} as RequestLoaders;
    for (const { contributor } of this.load()) Object.assign(bag, contributor.create());
    return bag;
  }

  private load(): { feature: string; contributor: LoadersContributor }[] {
    if (this.contributors) return this.contributors;
    const found = discoverContributions<LoadersContributionOptions, LoadersContributor>(
      this.discovery,
      LoadersContribution,
    );
    const owners = new Map<string, string>();
    for (const { meta, instance, name } of found) {
      if (typeof instance.create !== 'function') {
        throw new Error(`${name} is a @LoadersContribution without a create() method.`);
      }
      // Created once here only to learn the keys: DataLoaders query nothing until used.
      for (const key of Object.keys(instance.create())) {
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
    }));
    return this.contributors;
  }
}
