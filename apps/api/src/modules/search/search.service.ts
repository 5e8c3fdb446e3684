import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock/clock';
import { badInput } from '../../common/errors/domain.exception';
import { SearchSourceRegistry } from '../../common/search/search-source';
import { viewerTokens } from '../../common/visibility/audience';
import type { SearchArgs } from './graphql/search.inputs';
import type {
  SearchConnectionModel,
  SearchFacetModel,
  SearchSuggestionModel,
} from './graphql/search.models';
import {
  FACET_HEADINGS,
  SEARCH_CANDIDATE_CAP,
  SEARCH_DEFAULT_PAGE,
  SUGGESTION_LIMIT,
  UPDATED_LABELS,
} from './search.constants';
import type { SearchDocumentType } from './search.constants';
import { SearchRepository } from './search.repository';
import type { FacetCountRow, SearchCriteria, SearchResultRows } from './search.repository';
import { correctQuery, prefixWords, queryWords, sanitiseSnippet } from './snippet';

const CURSOR_PREFIX = 'o:';

function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

function decodeCursor(after: string | undefined): number {
  if (!after) return 0;
  const text = Buffer.from(after, 'base64url').toString();
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  if (
    !text.startsWith(CURSOR_PREFIX) ||
    !Number.isInteger(offset) ||
    offset < 0 ||
    offset > SEARCH_CANDIDATE_CAP
  ) {
    throw badInput('after is not a cursor from this search.', 'after');
  }
  return offset;
}

function humanise(code: string): string {
  const words = code.replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The search query side: one permission-aware statement per search (see
 * SearchRepository.search), a spelling correction when the query as typed
 * finds nothing, facet labels in one more. The statement count does not
 * depend on the page size.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly repo: SearchRepository,
    private readonly registry: SearchSourceRegistry,
    private readonly clock: Clock,
  ) {}

  async search(args: SearchArgs, viewer: AuthUser | null): Promise<SearchConnectionModel> {
    const query = args.query.trim();
    if (!query) throw badInput('Enter some words to search for.', 'query');
    const first = args.first ?? SEARCH_DEFAULT_PAGE;
    const offset = decodeCursor(args.after);
    const filter = args.filter ?? {};
    const criteria: SearchCriteria = {
      query,
      viewerTokens: viewerTokens(viewer),
      types: filter.types?.length ? filter.types : null,
      ics: filter.ics?.length ? filter.ics : null,
      themes: filter.themes?.length ? filter.themes : null,
      evidenceLevels: filter.evidenceLevels?.length ? filter.evidenceLevels : null,
      adoptionStages: filter.adoptionStages?.length ? filter.adoptionStages : null,
      updated: filter.updated?.length ? filter.updated : null,
      now: this.clock.now(),
      cap: SEARCH_CANDIDATE_CAP,
      offset,
      limit: first + 1,
    };
    // The spelling check does not depend on the results: both statements run at once.
    // Exact: the query as typed, even when it finds nothing ("Search instead for …").
    const [asTyped, corrected] = await Promise.all([
      this.repo.search(criteria),
      args.exact ? null : this.correction(query),
    ]);
    let rows = asTyped;
    let didYouMean: string | null = null;
    let correctedQuery = false;
    if (corrected && rows.total > 0) {
      // Found something as typed (stemming often copes): offer the spelling, keep the results.
      didYouMean = corrected;
    } else if (corrected) {
      const retry = await this.repo.search({ ...criteria, query: corrected });
      if (retry.total > 0) {
        rows = retry;
        didYouMean = corrected;
        correctedQuery = true;
      }
    }
    const hits = rows.hits.slice(0, first);
    return {
      totalCount: Math.min(rows.total, SEARCH_CANDIDATE_CAP),
      totalCountCapped: rows.capped,
      edges: hits.map((hit, i) => ({
        cursor: encodeCursor(offset + i + 1),
        node: {
          type: hit.type as SearchDocumentType,
          id: hit.id,
          title: hit.title,
          url: hit.url,
          summary: hit.summary,
          updatedAt: new Date(hit.updatedAt),
          snippetHtml: sanitiseSnippet(hit.snippet),
        },
      })),
      pageInfo: {
        hasNextPage: rows.hits.length > first && offset + first < SEARCH_CANDIDATE_CAP,
        endCursor: hits.length ? encodeCursor(offset + hits.length) : null,
      },
      facets: this.facets(rows, criteria),
      didYouMean,
      correctedQuery,
    };
  }

  async suggestions(prefix: string, viewer: AuthUser | null): Promise<SearchSuggestionModel[]> {
    const words = prefixWords(prefix.slice(0, 100));
    if (words.join('').length < 2) return [];
    const rows = await this.repo.suggestions(words, viewerTokens(viewer), SUGGESTION_LIMIT);
    return rows.map((r) => ({ ...r, type: r.type as SearchDocumentType }));
  }

  /**
   * The query with misspelt words replaced by the closest word of a public
   * document, or null when every word is known or has no close match. One
   * statement, whatever the query.
   */
  private async correction(query: string): Promise<string | null> {
    const words = queryWords(query);
    if (!words.length) return null;
    const replacements = new Map<string, string>();
    for (const row of await this.repo.corrections(words)) {
      const best = row.best;
      // "jobs" → "job" or "employ" → "employment" is the same word inflected, not a misspelling.
      if (row.known || !best || best.startsWith(row.word) || row.word.startsWith(best)) continue;
      replacements.set(row.word, best);
    }
    if (!replacements.size) return null;
    const corrected = correctQuery(query, replacements);
    return corrected === query ? null : corrected;
  }

  /** Facets from the counts and labels the search statement returned (no further statement). */
  private facets(rows: SearchResultRows, criteria: SearchCriteria): SearchFacetModel[] {
    const selected: Record<string, readonly string[] | null> = {
      types: criteria.types,
      ics: criteria.ics,
      themes: criteria.themes,
      evidenceLevels: criteria.evidenceLevels,
      adoptionStages: criteria.adoptionStages,
      updated: criteria.updated,
    };
    const counts = new Map<string, Map<string, number>>();
    const labels = new Map<string, string>();
    const add = (r: FacetCountRow) => {
      const byValue = counts.get(r.field) ?? new Map<string, number>();
      byValue.set(r.value, (byValue.get(r.value) ?? 0) + r.count);
      counts.set(r.field, byValue);
      if (r.label) labels.set(`${r.field}\u0000${r.value}`, r.label);
    };
    rows.facets.forEach(add);
    for (const [field, values] of Object.entries(selected)) {
      for (const value of values ?? [])
        if (!counts.get(field)?.has(value)) add({ field, value, count: 0, label: null });
    }
    const labelOf = (field: string, value: string): string => {
      if (field === 'types') return this.registry.get(value)?.label ?? humanise(value);
      if (field === 'updated') return UPDATED_LABELS[value as keyof typeof UPDATED_LABELS] ?? value;
      return labels.get(`${field}\u0000${value}`) ?? humanise(value);
    };
    return Object.entries(FACET_HEADINGS)
      .filter(([field]) => counts.get(field)?.size)
      .map(([field, label]) => ({
        field,
        label,
        values: [...(counts.get(field) ?? new Map<string, number>()).entries()]
          .map(([value, count]) => ({ value, label: labelOf(field, value), count }))
          .sort((a, b) =>
            field === 'updated'
              ? Object.keys(UPDATED_LABELS).indexOf(a.value) -
                Object.keys(UPDATED_LABELS).indexOf(b.value)
              : b.count - a.count || a.label.localeCompare(b.label),
          ),
      }));
  }
}
