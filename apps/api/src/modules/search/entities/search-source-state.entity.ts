import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How far the backstop sweep has read each source's changes. */
@Entity('search_source_state')
export class SearchSourceStateEntity {
  @PrimaryColumn({ type: 'varchar', length: 30 })
  type!: string;

  /** Changes at or after this instant are (re)read by the next pass; null = from the beginning. */
  @Column({ name: 'high_water', type: 'timestamptz', nullable: true })
  highWater!: Date | null;

  /** Where an unfinished pass resumes (the source's opaque cursor). */
  @Column({ type: 'text', nullable: true })
  cursor!: string | null;

  /** The `since` of the pass in progress. */
  @Column({ name: 'pass_since', type: 'timestamptz', nullable: true })
  passSince!: Date | null;

  @Column({ name: 'swept_at', type: 'timestamptz', nullable: true })
  sweptAt!: Date | null;
}
