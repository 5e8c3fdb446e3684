import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

import type { AuthUser } from '../auth/auth-user';
import { discoverContributions } from '../contributions/discover-contributions';
import { isVisibleTo } from '../visibility/audience';
import type { AudienceToken } from '../visibility/audience';

/**
 * The feed contribution point: what happened in the things a viewer follows.
 * Each feature reports its own happenings through a provider marked
 * `@FeedSource`, registered in its own module; the registry merges them.
 * Common knows no feature.
 */

/** Something a person can follow, e.g. `{ type: 'CASE_STUDY', id }` or `{ type: 'ICS', id: 'QHL' }`. */
export interface FeedSubjectRef {
  type: string;
  id: string;
}

/** One happening. */
export interface FeedItem {
  /** Unique within its source and stable, e.g. the change row's id; with `occurredAt`, the paging cursor. */
  id: string;
  /** What happened, a stable code such as `CASE_STUDY_PUBLISHED` or `EVENT_CANCELLED`. */
  verb: string;
  /** One readable sentence, e.g. "Walsall Together published a new version". */
  summary: string;
  /** The followed thing it happened to, with what the feed shows for it. */
  subject: FeedSubjectRef & { title: string; url: string };
  /** Who did it (null for the system). */
  actorId: string | null;
  occurredAt: Date;
  /** Who may see this item (see common/visibility/audience.ts). */
  audience: readonly AudienceToken[];
}

/** What the feed asks each source. */
export interface FeedQuery {
  /**
   * The viewer's followed subjects of the types this source reports on; null
   * means no subject filter ("latest across the region"): everything the
   * source reports that the viewer may see.
   */
  subjects: readonly FeedSubjectRef[] | null;
  /**
   * Only items strictly older than this (the previous page's last item); null
   * for the newest. With `after` (registry only), items at this instant are
   * kept when they sort after the cursor item, so ties are not lost.
   */
  before: Date | null;
  /** At most this many items. */
  limit: number;
  /** Null for someone not signed in. A source may use it to narrow its SQL; the registry filters again. */
  viewer: AuthUser | null;
}

/** Where the previous page ended: its last item (registry queries only). */
export interface FeedCursor {
  occurredAt: Date;
  source: string;
  id: string;
}

/** A feature's happenings. */
export interface FeedSourceProvider {
  /** Newest first, `occurredAt < before`, at most `limit`, each with its audience. */
  items(query: FeedQuery): Promise<FeedItem[]>;
}

/** What a feature passes to `@FeedSource`. */
export interface FeedSourceOptions {
  /** Unique name of the source, e.g. `case-studies`. */
  source: string;
  /** The subject types it reports on, e.g. `['CASE_STUDY', 'THEME', 'ICS']`. */
  subjectTypes: readonly string[];
  /**
   * Also reports things addressed to the viewer themselves (replies to them,
   * mentions), so it is asked even when they follow nothing of its types.
   */
  aboutViewer?: boolean;
}

export const FeedSource = DiscoveryService.createDecorator<FeedSourceOptions>();

/** A feed item with the source it came from. */
export type SourcedFeedItem = FeedItem & { source: string };

/** How many items one source may have at the cursor's very instant before a page could miss some. */
const AFTER_SLACK = 10;

/** Feed order: newest first, ties by source and id (so pages are stable). */
export function compareItems(
  a: { occurredAt: Date; source: string; id: string },
  b: { occurredAt: Date; source: string; id: string },
): number {
  return (
    b.occurredAt.getTime() - a.occurredAt.getTime() ||
    a.source.localeCompare(b.source) ||
    a.id.localeCompare(b.id)
  );
}

interface RegisteredFeedSource extends FeedSourceOptions {
  provider: FeedSourceProvider;
}

/** Every feature's feed source, found at boot; two sources with one name fail the boot. */
@Injectable()
export class FeedSourceRegistry implements OnModuleInit {
  private sources: RegisteredFeedSource[] | null = null;

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    this.load();
  }

  /** The sources and the subject types each reports on. */
  all(): FeedSourceOptions[] {
    return this.load().map(({ source, subjectTypes, aboutViewer }) => ({
      source,
      subjectTypes,
      ...(aboutViewer ? { aboutViewer } : {}),
    }));
  }

  /**
   * The viewer's feed page: asks each source about the followed subjects of
   * its types, keeps what the viewer may see, newest first (ties by source
   * and id, so pages are stable), at most `limit`.
   */
  async items(query: FeedQuery & { after?: FeedCursor | null }): Promise<SourcedFeedItem[]> {
    const { after, ...asked } = query;
    // With a cursor, sources are asked for items up to and including its instant.
    const before = after ? new Date(after.occurredAt.getTime() + 1) : query.before;
    const pages = await Promise.all(
      this.load().map(async ({ source, subjectTypes, aboutViewer, provider }) => {
        const subjects =
          query.subjects === null
            ? null
            : query.subjects.filter((s) => subjectTypes.includes(s.type));
        if (subjects && !subjects.length && !(aboutViewer && query.viewer)) return [];
        // Items at the cursor's instant up to the cursor itself are dropped below: ask for a few more.
        const limit = after ? query.limit + AFTER_SLACK : query.limit;
        const items = await provider.items({ ...asked, before, subjects, limit });
        return items.map((item) => ({ ...item, source }));
      }),
    );
    return pages
      .flat()
      .filter((item) => isVisibleTo(item.audience, query.viewer))
      .filter((item) => !before || item.occurredAt < before)
      .filter((item) => !after || compareItems(item, after) > 0)
      .sort(compareItems)
      .slice(0, query.limit);
  }

  private load(): RegisteredFeedSource[] {
    if (this.sources) return this.sources;
    const sources: RegisteredFeedSource[] = [];
    for (const { meta, instance, name } of discoverContributions<
      FeedSourceOptions,
      FeedSourceProvider
    >(this.discovery, FeedSource)) {
      if (sources.some((s) => s.source === meta.source)) {
        throw new Error(`Feed source "${meta.source}" is contributed twice (${name}).`);
      }
      if (typeof instance.items !== 'function') {
        throw new Error(`${name} is a @FeedSource without items().`);
      }
      sources.push({ ...meta, provider: instance });
    }
    this.sources = sources;
    return sources;
  }
}

/**
 * The followed ids of one subject type, for a source's SQL (`col = ANY($n)`),
 * keeping only well-formed ones (`valid`): an empty list when none is
 * followed. `everything` is true for the region tab (no subject filter).
 */
export function followedIds(
  subjects: readonly FeedSubjectRef[] | null,
  type: string,
  valid: (id: string) => boolean = () => true,
): string[] {
  if (!subjects) return [];
  return [...new Set(subjects.filter((s) => s.type === type && valid(s.id)).map((s) => s.id))];
}

/** Feed SQL helper: the time bound as a parameter (far future when none). */
export function beforeParam(before: Date | null): Date {
  return before ?? new Date(Date.UTC(9999, 0, 1));
}
