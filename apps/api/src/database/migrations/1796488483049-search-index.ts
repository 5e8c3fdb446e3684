import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search (issue #13): PostgreSQL full-text search with unaccent and pg_trgm,
 * both "trusted" extensions (PostgreSQL 13+), so a database owner may create
 * them; on Azure Database for PostgreSQL they must be allow-listed in the
 * server's `azure.extensions` parameter first (see docs/adr/0009-search.md).
 *
 * `mic_unaccent` wraps unaccent with its dictionary named, which makes it
 * IMMUTABLE and usable in indexed expressions, whatever the search_path.
 */
export class SearchIndex1796488483049 implements MigrationInterface {
  name = 'SearchIndex1796488483049';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    const [{ schema }] = (await queryRunner.query(
      "SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'",
    )) as { schema: string }[];
    const ns = `"${schema.replace(/"/g, '""')}"`;
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION mic_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT ${ns}.unaccent('${schema.replace(/'/g, "''")}.unaccent'::regdictionary, $1) $$`,
    );
    await queryRunner.query(
      'CREATE TABLE "search_document" ("type" character varying(30) NOT NULL, "id" character varying(160) NOT NULL, "facets" jsonb NOT NULL, "audience" text array NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "tsv" tsvector NOT NULL, "title_words" tsvector NOT NULL, CONSTRAINT "PK_174b3477b934b52cb69c0e25db7" PRIMARY KEY ("type", "id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_search_document_updated" ON "search_document"  ("updated_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "search_document_text" ("type" character varying(30) NOT NULL, "id" character varying(160) NOT NULL, "title" text NOT NULL, "summary" text, "body" text NOT NULL, "url" text NOT NULL, "indexed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0ecadfc2b95f89519cd976f2de7" PRIMARY KEY ("type", "id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "search_facet_label" ("facet" character varying(40) NOT NULL, "value" character varying(160) NOT NULL, "label" text NOT NULL, CONSTRAINT "PK_dd39eb004740567d136a5829a3d" PRIMARY KEY ("facet", "value"))',
    );
    await queryRunner.query(
      'CREATE TABLE "search_source_state" ("type" character varying(30) NOT NULL, "high_water" TIMESTAMP WITH TIME ZONE, "cursor" text, "pass_since" TIMESTAMP WITH TIME ZONE, "swept_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1b5bdaf04c89eed370e21aa6a57" PRIMARY KEY ("type"))',
    );
    await queryRunner.query(
      'CREATE TABLE "search_vocabulary" ("word" text NOT NULL, "ndoc" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_9a10b27be4befd0db5c7a9f47be" PRIMARY KEY ("word"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_search_document_tsv" ON "search_document" USING gin ("tsv")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_search_document_audience" ON "search_document" USING gin ("audience")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_search_document_facets" ON "search_document" USING gin ("facets")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_search_document_title_words" ON "search_document" USING gin ("title_words")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_search_vocabulary_trgm" ON "search_vocabulary" USING gin ("word" gin_trgm_ops)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_search_vocabulary_trgm"');
    await queryRunner.query('DROP INDEX "public"."ix_search_document_title_words"');
    await queryRunner.query('DROP INDEX "public"."ix_search_document_facets"');
    await queryRunner.query('DROP INDEX "public"."ix_search_document_audience"');
    await queryRunner.query('DROP INDEX "public"."ix_search_document_tsv"');
    await queryRunner.query('DROP TABLE "search_vocabulary"');
    await queryRunner.query('DROP TABLE "search_source_state"');
    await queryRunner.query('DROP TABLE "search_facet_label"');
    await queryRunner.query('DROP TABLE "search_document_text"');
    await queryRunner.query('DROP INDEX "public"."ix_search_document_updated"');
    await queryRunner.query('DROP TABLE "search_document"');
    await queryRunner.query('DROP FUNCTION IF EXISTS mic_unaccent(text)');
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
    await queryRunner.query('DROP EXTENSION IF EXISTS unaccent');
  }
}
