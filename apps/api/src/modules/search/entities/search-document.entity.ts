import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One indexed document (a read model owned by search). Features never write
 * it: they describe their documents through `@SearchSource` and the indexer
 * copies them here with a weighted `tsvector` (title A, summary B, body C)
 * and the audience that may see them, so results, counts and facets are all
 * filtered in one SQL statement.
 *
 * The row holds only what a search filters and ranks on, so the newest
 * matches of a common word are read from narrow rows; the text shown in
 * results lives in `search_document_text` and is read for one page only.
 *
 * The GIN indexes (tsv, title words, facet tokens, phrase pairs) are created
 * by the migrations; `synchronize: false` tells TypeORM they are deliberate.
 * `audience` and `facets` have none: every viewer may see most documents, so
 * an audience index never narrows a search, and facets are filtered and
 * counted through `facet_tokens`.
 */
@Entity('search_document')
@Index('ix_search_document_tsv', { synchronize: false })
@Index('ix_search_document_title_words', { synchronize: false })
@Index('ix_search_document_facet_tokens', { synchronize: false })
@Index('ix_search_document_phrase_pairs', { synchronize: false })
@Index('ix_search_document_updated', ['updatedAt'])
/** A search filtered to one type reads that type's newest rows only (see SearchRepository.search). */
@Index('ix_search_document_type_updated', ['type', 'updatedAt'])
export class SearchDocumentEntity {
  /** The source's document type, e.g. CASE_STUDY. */
  @PrimaryColumn({ type: 'varchar', length: 30 })
  type!: string;

  @PrimaryColumn({ type: 'varchar', length: 160 })
  id!: string;

  /** Facet name → codes, e.g. { "ics": ["QHL"], "theme": ["employment"] }. */
  @Column({ type: 'jsonb' })
  facets!: Record<string, string[]>;

  /** Audience tokens (common/visibility/audience.ts); never empty (empty = removed from the index). */
  @Column({ type: 'text', array: true })
  audience!: string[];

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'tsvector' })
  tsv!: string;

  /** The title's words unstemmed ('simple' configuration), for suggestions while typing a prefix. */
  @Column({ name: 'title_words', type: 'tsvector' })
  titleWords!: string;

  /** The type and facet values as `<facet>:<value>` (`type:EVENT`, `ics:QHL`), for GIN filtering. */
  @Column({ name: 'facet_tokens', type: 'text', array: true, default: () => "'{}'" })
  facetTokens!: string[];

  /** Hashes of the adjacent lexeme pairs of `tsv` (mic_search_phrase_pairs), so phrases use GIN. */
  @Column({ name: 'phrase_pairs', type: 'integer', array: true, default: () => "'{}'" })
  phrasePairs!: number[];
}
