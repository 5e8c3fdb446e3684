import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

import { discoverContributions } from '../contributions/discover-contributions';
import type { AudienceToken } from '../visibility/audience';

/**
 * The search contribution point. Search owns the index and the query; each
 * feature says what it indexes by marking one provider per document type with
 * `@SearchSource` and registering it in its own module. Common knows no
 * feature: it only finds the sources at boot.
 */

/**
 * Values a result can be narrowed by. Keys are facet names; values are stable
 * codes, not labels (labels go in `SearchDocument.facetLabels`). The names
 * every source uses alike:
 *
 * - `ics`: ODS codes of the ICSs the document belongs to (e.g. `QHL`);
 * - `theme`: theme keys (e.g. `frailty`);
 * - `evidenceLevel`: a case study's evidence level (its enum value);
 * - `adoptionStage`: an adoption's stage (its enum value);
 * - `organisationType`: an organisation type key.
 *
 * A source may offer further facets of its own.
 */
export interface SearchFacets {
  ics?: readonly string[];
  theme?: readonly string[];
  evidenceLevel?: readonly string[];
  adoptionStage?: readonly string[];
  organisationType?: readonly string[];
  [facet: string]: readonly string[] | undefined;
}

/** One thing to index, as the feature sees it now. */
export interface SearchDocument {
  /** The source's document type (its `@SearchSource` type), e.g. `CASE_STUDY`. */
  type: string;
  /** The feature's id for it; `type` + `id` is unique. */
  id: string;
  title: string;
  /** A sentence or two shown under the title in results. */
  summary: string | null;
  /**
   * Plain text to match against (Markdown formatting already stripped, see
   * `searchText` in search-paging.ts). Text, not HTML: characters such as `<`
   * are what the author typed, so escape on output.
   */
  body: string;
  /** Where the web app shows it, a path such as `/case-studies/<slug>`. */
  url: string;
  facets: SearchFacets;
  /**
   * Human labels for the facet codes above, facet name → code → label (e.g.
   * `{ ics: { QHL: 'Birmingham and Solihull' } }`), so search can show them
   * without asking the feature that owns the code. Codes without a label
   * are shown as they are.
   */
  facetLabels?: Record<string, Record<string, string>>;
  /** When the document last changed; the indexer's high-water mark. */
  updatedAt: Date;
  /**
   * Who may see it (see common/visibility/audience.ts). Stored beside the
   * index row, so results are filtered in SQL, never after the fact.
   */
  audience: readonly AudienceToken[];
}

/** A page of changed documents, oldest change first. */
export interface SearchDocumentPage {
  documents: SearchDocument[];
  /** Pass back as `after` for the next page; null when there is no more. */
  next: string | null;
}

/** A feature's search documents of one type. */
export interface SearchSourceProvider {
  /**
   * Documents created or changed at or after `since` (all of them when
   * null), oldest change first, at most `limit`, resuming at `after` (an
   * opaque keyset cursor over the change time and id). A document that
   * stops being findable (deleted, hidden, unpublished, withdrawn) comes back
   * with an empty `audience`, so the index drops it.
   */
  changedSince(
    since: Date | null,
    limit: number,
    after?: string | null,
  ): Promise<SearchDocumentPage>;
  /**
   * The current documents for these ids, in a constant number of statements
   * whatever their number: one that exists but must not be found by anyone
   * has an empty `audience`; ids that no longer exist are left out (and
   * leave the index).
   */
  byIds(ids: readonly string[]): Promise<SearchDocument[]>;
  /**
   * Optional: the ids of this source's documents that carry the name of
   * something else that changed, e.g. `('ORGANISATION', [id])` after a
   * rename (also `THEME` keys and `ICS` ODS codes), so they are re-indexed
   * with the new name. One statement whatever the number of ids; an empty
   * list when none (or the type is not one the source shows).
   */
  dependentIds?(referenceType: string, referenceIds: readonly string[]): Promise<string[]>;
}

/** What a feature passes to `@SearchSource`. */
export interface SearchSourceOptions {
  /** The document type, unique across features, e.g. `CASE_STUDY`. */
  type: string;
  /** The feature that owns the documents. */
  feature: string;
  /** Shown as a filter in the search page, e.g. "Case studies". */
  label: string;
}

export const SearchSource = DiscoveryService.createDecorator<SearchSourceOptions>();

export interface RegisteredSearchSource extends SearchSourceOptions {
  source: SearchSourceProvider;
}

/** Every feature's search source, found at boot; two sources of one type fail the boot. */
@Injectable()
export class SearchSourceRegistry implements OnModuleInit {
  private sources: Map<string, RegisteredSearchSource> | null = null;

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    this.load();
  }

  all(): RegisteredSearchSource[] {
    return [...this.load().values()];
  }

  get(type: string): RegisteredSearchSource | undefined {
    return this.load().get(type);
  }

  private load(): Map<string, RegisteredSearchSource> {
    if (this.sources) return this.sources;
    const sources = new Map<string, RegisteredSearchSource>();
    for (const { meta, instance, name } of discoverContributions<
      SearchSourceOptions,
      SearchSourceProvider
    >(this.discovery, SearchSource)) {
      const existing = sources.get(meta.type);
      if (existing) {
        throw new Error(
          `Search document type "${meta.type}" has two sources: ${existing.feature} and ${meta.feature} (${name}).`,
        );
      }
      if (typeof instance.changedSince !== 'function' || typeof instance.byIds !== 'function') {
        throw new Error(`${name} is a @SearchSource without changedSince() and byIds().`);
      }
      sources.set(meta.type, { ...meta, source: instance });
    }
    this.sources = sources;
    return sources;
  }
}
