import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Words of publicly visible documents, for "did you mean" (pg_trgm
 * similarity over this list). Only words from documents anyone may see are
 * kept, so a suggestion never reveals a word of a draft or a members-only
 * post. The trigram GIN index is created by the migration.
 */
@Entity('search_vocabulary')
@Index('ix_search_vocabulary_trgm', { synchronize: false })
export class SearchVocabularyEntity {
  @PrimaryColumn({ type: 'text' })
  word!: string;

  /** Roughly how many documents use it; the tie-breaker between equally close words. */
  @Column({ type: 'integer', default: 0 })
  ndoc!: number;
}
