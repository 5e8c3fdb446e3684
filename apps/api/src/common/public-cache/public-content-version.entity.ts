import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The public content version, as one counter per PostgreSQL backend: a
 * statement-level trigger on every table that can change a public response
 * adds 1 to the row of the backend that ran the statement, once per
 * transaction and inside it. The version is the sum of all rows. It moves exactly when
 * a write commits (a rolled-back one never moves it), and writers never wait
 * on each other: a backend runs one transaction at a time and only ever
 * touches its own row. Written only by the trigger (migration
 * 1796540000000-public-content-version); read by PublicContentVersion.
 */
@Entity('public_content_version')
export class PublicContentVersionEntity {
  /** `pg_backend_pid()` of the writing backend. */
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_public_content_version' })
  backend!: number;

  /** Transactions this backend has committed that wrote public tables. */
  @Column({ type: 'bigint', default: 0 })
  changes!: string;
}
