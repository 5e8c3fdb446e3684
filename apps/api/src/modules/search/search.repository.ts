import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { SearchDocument } from '../../common/search/search-source';
import { Audience } from '../../common/visibility/audience';

/** A document as the indexer stores it (a source may add readable facet labels). */
export type IndexableDocument = SearchDocument & {
  facetLabels?: Record<string, Record<string, string>>;
};

/** The filters of one search, as codes (see SearchFilter). */
export interface SearchCriteria {
  query: string;
  viewerTokens: readonly string[];
  types: readonly string[] | null;
  ics: readonly string[] | null;
  themes: readonly string[] | null;
  evidenceLevels: readonly string[] | null;
  adoptionStages: readonly string[] | null;
  updated: readonly string[] | null;
  now: Date;
  /** Candidates ranked per search; beyond it counts read "1,000+". */
  cap: number;
  offset: number;
  limit: number;
}

export interface SearchRow {
  type: string;
  id: string;
  title: string;
  summary: string | null;
  url: string;
  updatedAt: string;
  snippet: string;
}

export interface FacetCountRow {
  field: string;
  value: string;
  count: number;
  /** Readable label recorded by the indexer (ics, theme, …); null for types and dates. */
  label: string | null;
}

export interface SearchResultRows {
  /** Matches after every filter, at most cap + 1. */
  total: number;
  /** True when more than `cap` documents matched. */
  capped: boolean;
  hits: SearchRow[];
  facets: FacetCountRow[];
}

/** Facet name in a document's `facets` → filter and facet field name in the API. */
export const FACET_FIELDS = {
  ics: 'ics',
  themes: 'theme',
  evidenceLevels: 'evidenceLevel',
  adoptionStages: 'adoptionStage',
} as const;

/** Longest body kept per document (tsvector positions stop at 16,383 anyway). */
const MAX_BODY = 100_000;
/** Words shorter or longer than this are not offered as corrections. */
const VOCABULARY_WORD = "length(lexeme) BETWEEN 4 AND 30 AND lexeme ~ '^[a-z]+$'";

const HEADLINE_OPTIONS =
  'StartSel=<mark>, StopSel=</mark>, MaxWords=32, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "';

/**
 * The one filter every search statement shares: the text match, what the
 * viewer may see (audience tokens, in SQL) and the facet filters. `$1` is the
 * query text, `$2` the viewer's tokens, `$4`–`$7` the facet filters as
 * `facet_tokens` (`ics:QHL`, see `facetTokens`), `$8`–`$9` the date filter and now.
 *
 * The tsquery is written out here rather than taken from a CTE: written
 * out, it is folded to a constant at planning time, so PostgreSQL estimates
 * how common the words are and reads the newest documents backwards by
 * `updated_at` for a common word (stopping after `cap`) but goes through the
 * GIN index for a rare one. From a CTE it guessed "rare" every time and
 * fetched every match of "health" (140 ms on 105,000 documents).
 *
 * Facet filters test `facet_tokens` (GIN), so a filter that narrows a common
 * word is intersected with the words' bitmap instead of filtering the newest
 * rows one by one. A phrase also requires the hashed pairs of its adjacent
 * words (`phrase_pairs`, GIN): only the few rows holding every pair have
 * their positions checked, not every row holding the words. For a query
 * without phrases `mic_search_query_pairs` is empty and the condition folds
 * away at planning time. See docs/adr/0009-search.md.
 */
const TSQUERY = "websearch_to_tsquery('english', mic_unaccent($1))";
const MATCH = `
  d.audience && $2::text[]
  AND ($4::text[] IS NULL OR d.facet_tokens && $4::text[])
  AND ($5::text[] IS NULL OR d.facet_tokens && $5::text[])
  AND ($6::text[] IS NULL OR d.facet_tokens && $6::text[])
  AND ($7::text[] IS NULL OR d.facet_tokens && $7::text[])
  AND ($8::text[] IS NULL
    OR ('LAST_30_DAYS' = ANY($8::text[]) AND d.updated_at >= $9::timestamptz - interval '30 days')
    OR ('LAST_12_MONTHS' = ANY($8::text[]) AND d.updated_at >= $9::timestamptz - interval '12 months')
    OR ('OLDER' = ANY($8::text[]) AND d.updated_at < $9::timestamptz - interval '12 months'))
  AND (cardinality(mic_search_query_pairs(${TSQUERY})) = 0
    OR d.phrase_pairs @> mic_search_query_pairs(${TSQUERY}))
  AND d.tsv @@ ${TSQUERY}`;

/**
 * Search's own tables: `search_document` (the index), `search_document_text`
 * (what results show), `search_facet_label`, `search_vocabulary` and
 * `search_source_state`. Nothing else is read here.
 */
@Injectable()
export class SearchRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One search in one statement: matches the viewer may see, the newest
   * `cap` as candidates (one more is read only to know the total is capped),
   * ranked by relevance with a recency boost, one page of highlighted hits,
   * and facet counts (with their labels) over exactly the same candidates, so
   * no count exceeds the total. Type counts ignore the type filter, so the
   * type facet can switch between types.
   */
  async search(c: SearchCriteria): Promise<SearchResultRows> {
    // The type facet ignores the type filter: only a type-filtered search
    // needs the second pass over the unfiltered candidates, so only its
    // statement text carries it (less to plan for every other search).
    const typeCounts = c.types
      ? `
  UNION ALL
  SELECT 'type:' || x.type, count(*)::int FROM (
    SELECT d.type FROM search_document d WHERE ${MATCH}
     ORDER BY d.updated_at DESC LIMIT $10
  ) x GROUP BY x.type`
      : '';
    // One type: an equality on a constant, so the newest rows of that type
    // are read from ix_search_document_type_updated (= ANY of one element
    // would not give the index's order).
    const typeCondition = !c.types
      ? 'TRUE'
      : c.types.length === 1
        ? 'd.type = ($3::text[])[1]'
        : 'd.type = ANY($3::text[])';
    const rows: { result: RawResult }[] = await this.db.query(
      `
WITH q AS (SELECT ${TSQUERY} AS query),
base AS (
  SELECT d.type, d.id, d.facet_tokens, d.updated_at, ts_rank(d.tsv, ${TSQUERY}, 1) AS text_rank
    FROM search_document d
   WHERE ${typeCondition} AND ${MATCH}
   ORDER BY d.updated_at DESC
   LIMIT $10 + 1
),
cand AS (
  SELECT * FROM base ORDER BY updated_at DESC LIMIT $10
),
ranked AS (
  SELECT b.type, b.id, b.updated_at, b.text_rank
           * (1 + exp(-extract(epoch FROM ($9::timestamptz - b.updated_at)) / 31557600.0)) AS score
    FROM cand b
   ORDER BY score DESC, b.updated_at DESC, b.type, b.id
  OFFSET $11 LIMIT $12
),
token_counts AS (
  SELECT t.token, count(*)::int AS count
    FROM cand b CROSS JOIN LATERAL unnest(b.facet_tokens) AS t(token)
   WHERE $3::text[] IS NULL OR t.token NOT LIKE 'type:%'
   GROUP BY t.token${typeCounts}
)
SELECT json_build_object(
  'total', (SELECT count(*) FROM base),
  'updated', (SELECT json_build_object(
      'LAST_30_DAYS', count(*) FILTER (WHERE b.updated_at >= $9::timestamptz - interval '30 days'),
      'LAST_12_MONTHS', count(*) FILTER (WHERE b.updated_at >= $9::timestamptz - interval '12 months'),
      'OLDER', count(*) FILTER (WHERE b.updated_at < $9::timestamptz - interval '12 months'))
    FROM cand b),
  'hits', coalesce((
    SELECT json_agg(json_build_object(
             'type', r.type, 'id', r.id, 'title', t.title, 'summary', t.summary, 'url', t.url,
             'updatedAt', r.updated_at,
             'snippet', ts_headline('english', coalesce(t.summary || ' — ', '') || left(t.body, 8000), q.query, '${HEADLINE_OPTIONS}'))
           ORDER BY r.score DESC, r.updated_at DESC, r.type, r.id)
      FROM ranked r JOIN search_document_text t ON t.type = r.type AND t.id = r.id, q), '[]'::json),
  'tokens', coalesce((
    SELECT json_agg(json_build_object('token', c.token, 'count', c.count, 'label', l.label))
      FROM (SELECT token, sum(count)::int AS count FROM (
              SELECT token, count FROM token_counts
              UNION ALL
              SELECT unnest(coalesce($4::text[], '{}') || coalesce($5::text[], '{}')
                            || coalesce($6::text[], '{}') || coalesce($7::text[], '{}')), 0
            ) s GROUP BY token) c
      LEFT JOIN search_facet_label l
        ON l.facet = split_part(c.token, ':', 1) AND l.value = substr(c.token, strpos(c.token, ':') + 1)),
    '[]'::json)
) AS result`,
      [
        c.query,
        c.viewerTokens,
        c.types,
        facetTokens(FACET_FIELDS.ics, c.ics),
        facetTokens(FACET_FIELDS.themes, c.themes),
        facetTokens(FACET_FIELDS.evidenceLevels, c.evidenceLevels),
        facetTokens(FACET_FIELDS.adoptionStages, c.adoptionStages),
        c.updated,
        c.now,
        c.cap,
        c.offset,
        c.limit,
      ],
    );
    return toResultRows(rows[0].result, c.cap);
  }

  /**
   * Titles the viewer may see with a word starting with the last word typed
   * (and containing the others), best first. `words` are letters and digits only.
   */
  async suggestions(
    words: readonly string[],
    viewerTokens: readonly string[],
    limit: number,
  ): Promise<{ type: string; id: string; title: string; url: string }[]> {
    const tsquery = words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ');
    return this.db.query(
      `WITH q AS (SELECT to_tsquery('simple', mic_unaccent(lower($1))) AS query)
       SELECT d.type, d.id, t.title, t.url
         FROM search_document d
         JOIN search_document_text t ON t.type = d.type AND t.id = d.id, q
        WHERE d.title_words @@ q.query AND d.audience && $2::text[]
        ORDER BY ts_rank(d.title_words, q.query) DESC, length(t.title), d.updated_at DESC
        LIMIT $3`,
      [tsquery, viewerTokens, limit],
    );
  }

  /**
   * For each word: whether the vocabulary knows it and the closest known word
   * (trigram similarity, then how common it is). One statement for all words.
   */
  async corrections(
    words: readonly string[],
  ): Promise<{ word: string; known: boolean; best: string | null }[]> {
    if (!words.length) return [];
    return this.db.query(
      `SELECT w.word,
              EXISTS (SELECT 1 FROM search_vocabulary v WHERE v.word = w.norm) AS known,
              (SELECT v.word FROM search_vocabulary v
                WHERE v.word % w.norm
                ORDER BY similarity(v.word, w.norm) DESC, v.ndoc DESC, v.word
                LIMIT 1) AS best
         FROM (SELECT u AS word, lower(mic_unaccent(u)) AS norm FROM unnest($1::text[]) AS u) w`,
      [words],
    );
  }

  /** Readable labels for facet codes, e.g. ics QHL → "Birmingham and Solihull". */
  async facetLabels(
    pairs: readonly { facet: string; value: string }[],
  ): Promise<{ facet: string; value: string; label: string }[]> {
    if (!pairs.length) return [];
    return this.db.query(
      `SELECT l.facet, l.value, l.label
         FROM search_facet_label l
         JOIN unnest($1::text[], $2::text[]) AS p(facet, value) ON p.facet = l.facet AND p.value = l.value`,
      [pairs.map((p) => p.facet), pairs.map((p) => p.value)],
    );
  }

  /**
   * Writes these documents of one type: upserts those with an audience,
   * removes those without, each only if it is not older than what is
   * indexed (a slow sweep never overwrites a newer save). Also removes
   * `goneIds` (no longer exist) outright, records facet labels and adds the
   * words of public documents to the vocabulary. One transaction.
   */
  async apply(
    type: string,
    documents: readonly IndexableDocument[],
    goneIds: readonly string[],
  ): Promise<void> {
    const keep = documents.filter((d) => d.audience.length > 0);
    const hidden = documents.filter((d) => d.audience.length === 0);
    await this.db.transaction(async (tx) => {
      if (keep.length) {
        await tx.query(
          `WITH x AS (
             SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(id text, title text, summary text, body text,
                                                              url text, facets jsonb, audience text[], updated_at timestamptz)
           ),
           written AS (
           INSERT INTO search_document (type, id, facets, audience, updated_at, tsv, title_words,
                                        facet_tokens, phrase_pairs)
           SELECT $1, y.id, y.facets, y.audience, y.updated_at, y.tsv, y.title_words,
                  mic_search_facet_tokens($1::varchar, y.facets), mic_search_phrase_pairs(y.tsv)
             FROM (SELECT x.id, x.facets, x.audience, x.updated_at,
                          setweight(to_tsvector('english', mic_unaccent(x.title)), 'A')
                          || setweight(to_tsvector('english', mic_unaccent(coalesce(x.summary, ''))), 'B')
                          || setweight(to_tsvector('english', mic_unaccent(x.body)), 'C') AS tsv,
                          to_tsvector('simple', mic_unaccent(x.title)) AS title_words
                     FROM x) y
           ON CONFLICT (type, id) DO UPDATE SET
             facets = excluded.facets, audience = excluded.audience, updated_at = excluded.updated_at,
             tsv = excluded.tsv, title_words = excluded.title_words,
             facet_tokens = excluded.facet_tokens, phrase_pairs = excluded.phrase_pairs
           WHERE search_document.updated_at <= excluded.updated_at
           RETURNING id
           )
           INSERT INTO search_document_text (type, id, title, summary, body, url, indexed_at)
           SELECT $1, x.id, x.title, x.summary, x.body, x.url, now() FROM x JOIN written w ON w.id = x.id
           ON CONFLICT (type, id) DO UPDATE SET
             title = excluded.title, summary = excluded.summary, body = excluded.body, url = excluded.url,
             indexed_at = excluded.indexed_at`,
          [type, JSON.stringify(keep.map(toRecord))],
        );
        const publicIds = keep
          .filter((d) => d.audience.includes(Audience.anyone()))
          .map((d) => d.id);
        if (publicIds.length) {
          await tx.query(
            `INSERT INTO search_vocabulary (word, ndoc)
             SELECT lexeme, count(*)::int
               FROM search_document_text t,
                    unnest(to_tsvector('simple', mic_unaccent(t.title || ' ' || coalesce(t.summary, '') || ' ' || t.body))) AS u
              WHERE t.type = $1 AND t.id = ANY($2::text[]) AND ${VOCABULARY_WORD}
              GROUP BY lexeme
             ON CONFLICT (word) DO UPDATE SET ndoc = search_vocabulary.ndoc + excluded.ndoc`,
            [type, publicIds],
          );
        }
        const labels = keep.flatMap((d) =>
          Object.entries(d.facetLabels ?? {}).flatMap(([facet, byValue]) =>
            Object.entries(byValue).map(([value, label]) => ({ facet, value, label })),
          ),
        );
        const unique = [...new Map(labels.map((l) => [`${l.facet}\u0000${l.value}`, l])).values()];
        if (unique.length) {
          await tx.query(
            `INSERT INTO search_facet_label (facet, value, label)
             SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
             ON CONFLICT (facet, value) DO UPDATE SET label = excluded.label`,
            [unique.map((l) => l.facet), unique.map((l) => l.value), unique.map((l) => l.label)],
          );
        }
      }
      if (hidden.length) {
        await tx.query(
          `WITH removed AS (
             DELETE FROM search_document d
              USING unnest($2::text[], $3::timestamptz[]) AS x(id, at)
              WHERE d.type = $1 AND d.id = x.id AND d.updated_at <= x.at
             RETURNING d.id
           )
           DELETE FROM search_document_text t USING removed r WHERE t.type = $1 AND t.id = r.id`,
          [type, hidden.map((d) => d.id), hidden.map((d) => d.updatedAt)],
        );
      }
      if (goneIds.length) {
        await tx.query(
          `WITH removed AS (DELETE FROM search_document WHERE type = $1 AND id = ANY($2::text[]))
           DELETE FROM search_document_text WHERE type = $1 AND id = ANY($2::text[])`,
          [type, goneIds],
        );
      }
    });
  }

  /** Rebuilds the vocabulary from every public document (the nightly clean-up of words no longer used). */
  async rebuildVocabulary(): Promise<number> {
    return this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM search_vocabulary');
      await tx.query(
        `INSERT INTO search_vocabulary (word, ndoc)
         SELECT lexeme, count(*)::int
           FROM search_document d
           JOIN search_document_text t ON t.type = d.type AND t.id = d.id,
                unnest(to_tsvector('simple', mic_unaccent(t.title || ' ' || coalesce(t.summary, '') || ' ' || t.body))) AS u
          WHERE d.audience @> ARRAY['public']::text[] AND ${VOCABULARY_WORD}
          GROUP BY lexeme`,
      );
      const [{ n }] = await tx.query('SELECT count(*)::int AS n FROM search_vocabulary');
      return n as number;
    });
  }

  async sourceState(
    type: string,
  ): Promise<{ highWater: Date | null; cursor: string | null; passSince: Date | null } | null> {
    const rows: { high_water: Date | null; cursor: string | null; pass_since: Date | null }[] =
      await this.db.query(
        'SELECT high_water, cursor, pass_since FROM search_source_state WHERE type = $1',
        [type],
      );
    const row = rows[0];
    return row
      ? { highWater: row.high_water, cursor: row.cursor, passSince: row.pass_since }
      : null;
  }

  async saveSourceState(
    type: string,
    state: { highWater: Date | null; cursor: string | null; passSince: Date | null },
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO search_source_state (type, high_water, cursor, pass_since, swept_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (type) DO UPDATE SET high_water = excluded.high_water, cursor = excluded.cursor,
         pass_since = excluded.pass_since, swept_at = excluded.swept_at`,
      [type, state.highWater, state.cursor, state.passSince],
    );
  }
}

/** The search statement's JSON: counts per `facet_tokens` entry and per date bucket. */
interface RawResult {
  total: number | string;
  updated: Record<string, number>;
  hits: SearchRow[];
  tokens: { token: string; count: number; label: string | null }[];
}

/** `facet_tokens` prefix → facet field in the API. */
const FIELD_OF_TOKEN: Record<string, string> = {
  type: 'types',
  ...Object.fromEntries(Object.entries(FACET_FIELDS).map(([field, facet]) => [facet, field])),
};

function toResultRows(raw: RawResult, cap: number): SearchResultRows {
  const total = Number(raw.total);
  const facets: FacetCountRow[] = [];
  for (const { token, count, label } of raw.tokens) {
    const colon = token.indexOf(':');
    const field = FIELD_OF_TOKEN[token.slice(0, colon)];
    // A filter value no candidate has comes back with count 0 (and its label).
    if (field) facets.push({ field, value: token.slice(colon + 1), count, label });
  }
  for (const [value, count] of Object.entries(raw.updated)) {
    if (count > 0) facets.push({ field: 'updated', value, count, label: null });
  }
  return { total: Math.min(total, cap + 1), capped: total > cap, hits: raw.hits, facets };
}

/** Filter values as `facet_tokens` entries (`ics:QHL`); null when the facet is not filtered. */
function facetTokens(facet: string, values: readonly string[] | null): string[] | null {
  return values ? values.map((v) => `${facet}:${v}`) : null;
}

function toRecord(d: IndexableDocument) {
  return {
    id: d.id,
    title: d.title,
    summary: d.summary,
    body: d.body.length > MAX_BODY ? d.body.slice(0, MAX_BODY) : d.body,
    url: d.url,
    facets: normaliseFacets(d.facets),
    audience: d.audience,
    updated_at: d.updatedAt.toISOString(),
  };
}

/** Facet names as stored; the contract's older spellings (`icsOdsCodes`, `themeKeys`) are folded in. */
function normaliseFacets(facets: SearchDocument['facets']): Record<string, string[]> {
  const alias: Record<string, string> = { icsOdsCodes: 'ics', themeKeys: 'theme' };
  const out: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(facets)) {
    if (!values?.length) continue;
    const key = alias[name] ?? name;
    out[key] = [...new Set([...(out[key] ?? []), ...values])];
  }
  return out;
}
