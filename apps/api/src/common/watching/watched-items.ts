import { Injectable, Logger } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

import { discoverContributions } from '../contributions/discover-contributions';
import type { FeedSubjectRef } from '../feed/feed-source';
import type { AudienceToken } from '../visibility/audience';

/**
 * The watching contribution point: people who follow an ICS, a theme or an
 * organisation at WATCHING hear at once (by email) when a new item appears
 * there. A feature marks one provider per item type with `@WatchedItemSource`
 * (it describes its items: where they belong, who wrote them, who may see
 * them) and signals new items after its write commits, through
 * `WatchedItems.published` or the `@AlertWatchers` mutation decorator. The
 * follows module subscribes and does the emailing. Common knows no feature.
 */

/** One newly published thing, as its feature describes it. */
export interface WatchedItem {
  /** The source's item type, e.g. `CASE_STUDY`. */
  type: string;
  id: string;
  title: string;
  /** One readable sentence, e.g. "New case study published: Thrive into Work". */
  summary: string;
  /** Where the web shows it, e.g. `/case-studies/<slug>`. */
  url: string;
  /** Whether it is published now: only published items alert anyone. */
  published: boolean;
  /** What it belongs to, as follow targets: `{ type: 'ICS', id: <ODS code> }`, `THEME` keys, `ORGANISATION` ids. */
  subjects: readonly FeedSubjectRef[];
  /** Its authors or organisers: never alerted about their own item. */
  authorIds: readonly string[];
  /** Who may see it (common/visibility/audience.ts). */
  audience: readonly AudienceToken[];
  /**
   * When it was published, or a time no later than that if the feature does
   * not record it: the backstop sweep alerts only people whose follow dates
   * from before then, as the signal at publication would have (never
   * someone who started watching later).
   */
  publishedAt: Date | null;
  /** Who published it, if not an author (e.g. the approving reviewer): never alerted either. */
  publishedBy: string | null;
}

export interface WatchedItemSourceProvider {
  /** The items with these ids (unknown ids left out), in a constant number of statements. */
  describe(ids: readonly string[]): Promise<WatchedItem[]>;
  /**
   * Ids of the items that may have been published at or after `from` and
   * before `to`, at most `limit`, oldest first: what the backstop sweep
   * re-signals in case the signal after the write was lost.
   */
  publishedBetween(from: Date, to: Date, limit: number): Promise<string[]>;
}

export interface WatchedItemSourceOptions {
  /** The item type, unique across features, e.g. `CASE_STUDY`. */
  type: string;
  feature: string;
}

export const WatchedItemSource = DiscoveryService.createDecorator<WatchedItemSourceOptions>();

/** Who the alert is about and who caused it. */
export type WatchedItemsListener = (items: WatchedItem[], actorId: string | null) => Promise<void>;

/**
 * Every feature's watched-item source, found at boot, and the signal
 * features send once a new item is published. A failing listener never
 * fails the feature's write: it is logged.
 */
@Injectable()
export class WatchedItems implements OnModuleInit {
  private readonly logger = new Logger(WatchedItems.name);
  private readonly listeners: WatchedItemsListener[] = [];
  private sources: Map<string, WatchedItemSourceProvider> | null = null;

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    this.load();
  }

  /** The item types with a source. */
  types(): string[] {
    return [...this.load().keys()];
  }

  /** The follows module registers itself here at boot. */
  subscribe(listener: WatchedItemsListener): void {
    this.listeners.push(listener);
  }

  /** Items of `type` were published (call after the write committed); `actorId` did it. */
  async published(type: string, ids: readonly string[], actorId: string | null): Promise<void> {
    const unique = [...new Set(ids.filter(Boolean))];
    const source = this.load().get(type);
    if (!unique.length || !source || !this.listeners.length) return;
    try {
      const items = (await source.describe(unique)).filter((i) => i.published);
      if (!items.length) return;
      for (const listener of this.listeners) await listener(items, actorId);
    } catch (error) {
      this.logger.warn(
        `Alerting watchers of ${type} (${unique.length}) failed: ${(error as Error).message}`,
      );
    }
  }

  /**
   * Every source's items published at or after `from` and before `to` (at
   * most `limit` per source), described and still published: for the
   * follows module's backstop sweep.
   */
  async publishedBetween(from: Date, to: Date, limit: number): Promise<WatchedItem[]> {
    const items: WatchedItem[] = [];
    for (const source of this.load().values()) {
      const ids = await source.publishedBetween(from, to, limit);
      if (ids.length) items.push(...(await source.describe(ids)).filter((i) => i.published));
    }
    return items;
  }

  private load(): Map<string, WatchedItemSourceProvider> {
    if (this.sources) return this.sources;
    const sources = new Map<string, WatchedItemSourceProvider>();
    for (const { meta, instance, name } of discoverContributions<
      WatchedItemSourceOptions,
      WatchedItemSourceProvider
    >(this.discovery, WatchedItemSource)) {
      if (sources.has(meta.type)) {
        throw new Error(`Watched item type "${meta.type}" has two sources (${name}).`);
      }
      if (typeof instance.describe !== 'function') {
        throw new Error(`${name} is a @WatchedItemSource without describe().`);
      }
      if (typeof instance.publishedBetween !== 'function') {
        throw new Error(`${name} is a @WatchedItemSource without publishedBetween().`);
      }
      sources.set(meta.type, instance);
    }
    this.sources = sources;
    return sources;
  }
}
