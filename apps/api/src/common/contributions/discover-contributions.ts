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

/** A declared item with the feature that declared it. */
export type Declared<Item> = Item & { feature: string };

/**
 * For contribution points that are lists of names (notification kinds, audit
 * actions): collects every item the marked providers declare, keyed by name,
 * and fails when two declare the same name. `what` names the item in errors.
 */
export function collectDeclarations<Meta extends { feature: string }, Item>(
  discovery: DiscoveryService,
  decorator: DiscoverableDecorator<Meta>,
  itemsOf: (meta: Meta) => readonly Item[],
  keyOf: (item: Item) => string,
  what: string,
): Map<string, Declared<Item>> {
  const declared = new Map<string, Declared<Item>>();
  for (const { meta, name } of discoverContributions<Meta>(discovery, decorator)) {
    for (const item of itemsOf(meta)) {
      const key = keyOf(item);
      const existing = declared.get(key);
      if (existing) {
        throw new Error(
          `${what} "${key}" is declared twice: by ${existing.feature} and by ${meta.feature} (${name}).`,
        );
      }
      declared.set(key, { ...item, feature: meta.feature });
    }
  }
  return declared;
}

/** Groups declared items by the feature that declared them. */
export function byFeature<Item extends { feature: string }>(
  items: Iterable<Item>,
): Map<string, Item[]> {
  const grouped = new Map<string, Item[]>();
  for (const item of items) {
    const list = grouped.get(item.feature);
    if (list) list.push(item);
    else grouped.set(item.feature, [item]);
  }
  return grouped;
}
