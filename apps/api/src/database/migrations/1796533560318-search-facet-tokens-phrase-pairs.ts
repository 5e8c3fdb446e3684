import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search latency (issue #13, docs/adr/0009-search.md "Filters and phrases in
 * the index"): two derived columns of `search_document`, each with a GIN index,
 * so the bitmap of the words can be intersected with them.
 *
 * - `facet_tokens`: the type and every facet value as `<facet>:<value>`
 *   (`type:CASE_STUDY`, `ics:QHL`, `theme:employment`), from `facets`.
 * - `phrase_pairs`: a hash of every pair of lexemes at adjacent positions of
 *   `tsv`. A phrase `a <-> b <-> c` can only match a document holding the
 *   pairs (a, b) and (b, c), so those pairs narrow the rows whose positions
 *   PostgreSQL must check. The hash is md5-based (stable across versions and
 *   platforms, unlike hashtext); a collision only lets an extra row through
 *   to the exact check.
 *
 * Both are computed by IMMUTABLE functions the indexer calls on every write;
 * `mic_search_query_pairs` gives the pairs a query needs (none unless it is a
 * plain conjunction of words and phrases) and folds to a constant at planning.
 */
export class SearchFacetTokensPhrasePairs1796533560318 implements MigrationInterface {
  name = 'SearchFacetTokensPhrasePairs1796533560318';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION mic_search_pair_hash(a text, b text) RETURNS integer
         LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
         AS $$ SELECT ('x' || left(md5(a || ' ' || b), 8))::bit(32)::integer $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION mic_search_facet_tokens(doc_type text, facets jsonb) RETURNS text[]
         LANGUAGE sql IMMUTABLE PARALLEL SAFE
         AS $$ SELECT array_agg(DISTINCT t ORDER BY t) FROM (
                 SELECT 'type:' || doc_type AS t
                 UNION ALL
                 SELECT f.key || ':' || v
                   FROM jsonb_each(CASE WHEN jsonb_typeof(facets) = 'object' THEN facets ELSE '{}'::jsonb END) AS f(key, value),
                        jsonb_array_elements_text(CASE WHEN jsonb_typeof(f.value) = 'array' THEN f.value ELSE '[]'::jsonb END) AS v
               ) x WHERE t IS NOT NULL $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION mic_search_phrase_pairs(tsv tsvector) RETURNS integer[]
         LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
         AS $$ SELECT coalesce(array_agg(DISTINCT mic_search_pair_hash(a.lexeme, b.lexeme)), '{}'::integer[])
                 FROM (SELECT u.lexeme, p FROM unnest(tsv) AS u, unnest(u.positions) AS p) a
                 JOIN (SELECT u.lexeme, p FROM unnest(tsv) AS u, unnest(u.positions) AS p) b ON b.p = a.p + 1 $$`,
    );
    // Pairs only when the query is words and phrases joined by AND: no OR, NOT,
    // prefix, weight, grouping or escaped quote, so every <-> pair is required.
    await queryRunner.query(
      `CREATE FUNCTION mic_search_query_pairs(q tsquery) RETURNS integer[]
         LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
         AS $$ SELECT CASE WHEN t ~ '[|!:*()\\\\]' OR position('''''' IN t) > 0 THEN '{}'::integer[]
                ELSE coalesce((
                  SELECT array_agg(DISTINCT mic_search_pair_hash(s.lexeme, s.following))
                    FROM (SELECT r.m[1] AS lexeme, r.m[2] IS NOT NULL AS phrase,
                                 lead(r.m[1]) OVER (ORDER BY r.n) AS following
                            FROM regexp_matches(t, '''([^'']*)''( <-> )?', 'g') WITH ORDINALITY AS r(m, n)) s
                   WHERE s.phrase AND s.following IS NOT NULL), '{}'::integer[]) END
                FROM (SELECT q::text AS t) x $$`,
    );
    await queryRunner.query(
      `ALTER TABLE "search_document" ADD "facet_tokens" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "search_document" ADD "phrase_pairs" integer array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `UPDATE "search_document" SET facet_tokens = mic_search_facet_tokens(type, facets),
                                    phrase_pairs = mic_search_phrase_pairs(tsv)`,
    );
    await queryRunner.query(
      'CREATE INDEX "ix_search_document_facet_tokens" ON "search_document" USING gin ("facet_tokens")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_search_document_phrase_pairs" ON "search_document" USING gin ("phrase_pairs")',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_search_document_phrase_pairs"');
    await queryRunner.query('DROP INDEX "public"."ix_search_document_facet_tokens"');
    await queryRunner.query('ALTER TABLE "search_document" DROP COLUMN "phrase_pairs"');
    await queryRunner.query('ALTER TABLE "search_document" DROP COLUMN "facet_tokens"');
    await queryRunner.query('DROP FUNCTION mic_search_query_pairs(tsquery)');
    await queryRunner.query('DROP FUNCTION mic_search_phrase_pairs(tsvector)');
    await queryRunner.query('DROP FUNCTION mic_search_facet_tokens(text, jsonb)');
    await queryRunner.query('DROP FUNCTION mic_search_pair_hash(text, text)');
  }
}
