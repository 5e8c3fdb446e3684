import type { DiscoveryService } from '@nestjs/core';
import type { DiscoverableDecorator } from '@nestjs/core';

/** One provider found through a contribution decorator: its options and its instance. */
export interface Contribution<Meta, Instance> {
  /** What the feature passed to the decorator. */
  meta: Meta;
  /** The provider's (singleton) instance. */
  instance: Instance;
  /** The provider's class name, for error messages. */
  name: string;
}

/**
 * Finds every provider marked with `decorator` (made by
 * `DiscoveryService.createDecorator()`), in any module of the application,
 * with the options it was marked with. Call it from `onModuleInit` or later,
 * when every singleton exists. Contributions must be singletons: a request-
 * or transient-scoped one has no instance at boot, so it fails here.
 *
 * A class can carry only one discoverable decorator (Nest links each class to
 * one key); mark separate classes for separate contribution points.
 */
export function discoverContributions<Meta, Instance = unknown>(
  discovery: DiscoveryService,
  decorator: DiscoverableDecorator<Meta>,
): Contribution<Meta, Instance>[] {
  const found: Contribution<Meta, Instance>[] = [];
  const seen = new Set<unknown>();
  for (const wrapper of discovery.getProviders({ metadataKey: decorator.KEY })) {
    const name = wrapper.metatype?.name ?? String(wrapper.token);
    if (!wrapper.isDependencyTreeStatic() || wrapper.instance == null) {
      throw new Error(`${name} is marked as a contribution but is not a singleton provider.`);
    }
    const instance = wrapper.instance as Instance;
    // The same provider exported and re-provided is one contribution, not two.
    if (seen.has(instance)) continue;
    seen.add(instance);
    const meta = discovery.getMetadataByDecorator(decorator, wrapper) as Meta;
    found.push({ meta, instance, name });
  }
  return found;
}
