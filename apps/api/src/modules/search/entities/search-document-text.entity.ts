import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a search result shows: title, summary, the text snippets are cut from, and its link. */
@Entity('search_document_text')
export class SearchDocumentTextEntity {
  @PrimaryColumn({ type: 'varchar', length: 30 })
  type!: string;

  @PrimaryColumn({ type: 'varchar', length: 160 })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ name: 'indexed_at', type: 'timestamptz', default: () => 'now()' })
  indexedAt!: Date;
}
