import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Drops two GIN indexes of `search_document` that only cost (issue #13's
 * latency benchmark):
 * - `audience`: every viewer's tokens include `public`, so `audience &&
 *   $tokens` matches most rows; the planner still ANDed its bitmap (70,000 to
 *   95,000 entries on 105,000 documents) into rarer words' and filters', about
 *   a quarter of "frailty hospital discharge". A filter on the rows read is cheaper.
 * - `facets` (jsonb): no statement reads it since filters and counts use
 *   `facet_tokens`; it was written on every save.
 */
export class SearchDropUnselectiveIndexes1796590000000 implements MigrationInterface {
  name = 'SearchDropUnselectiveIndexes1796590000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_search_document_audience"');
    await queryRunner.query('DROP INDEX "public"."ix_search_document_facets"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "ix_search_document_facets" ON "search_document" USING gin ("facets")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_search_document_audience" ON "search_document" USING gin ("audience")',
    );
  }
}
