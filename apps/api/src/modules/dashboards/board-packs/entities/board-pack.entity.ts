import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type BoardPackFormat = 'PDF' | 'CSV' | 'XLSX';
export type BoardPackStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

/**
 * A board pack: a dashboard (one ICS, or the region) for a period, rendered
 * by a job as a PDF, CSV or XLSX. The bytes are kept on the row (bytea): a
 * pack is small (tens of kB), is written once by the job in the same
 * statement that marks it DONE, and is read only by its download.
 */
@Entity('board_pack')
@Index('ix_board_pack_requested_by', ['requestedById', 'createdAt'])
export class BoardPackEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The ICS (ODS code); null for a region pack. */
  @Column({ name: 'ics_ods_code', type: 'varchar', length: 5, nullable: true })
  icsOdsCode!: string | null;

  /** Start year of the financial year; null for all years. */
  @Column({ name: 'financial_year', type: 'integer', nullable: true })
  financialYear!: number | null;

  /** 1–4; null for the whole year (or all years). */
  @Column({ type: 'smallint', nullable: true })
  quarter!: number | null;

  @Column({ name: 'theme_key', type: 'varchar', length: 60, nullable: true })
  themeKey!: string | null;

  /** PDF, CSV or XLSX. */
  @Column({ type: 'varchar', length: 4 })
  format!: BoardPackFormat;

  /** QUEUED, RUNNING, DONE or FAILED. */
  @Column({ type: 'varchar', length: 7, default: 'QUEUED' })
  status!: BoardPackStatus;

  /** 0–100. */
  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  @Column({ name: 'requested_by_id', type: 'uuid' })
  requestedById!: string;

  @Column({ type: 'bytea', nullable: true, select: false })
  content!: Buffer | null;

  @Column({ name: 'content_type', type: 'varchar', length: 120, nullable: true })
  contentType!: string | null;

  @Column({ name: 'byte_size', type: 'integer', nullable: true })
  byteSize!: number | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  /** Why it failed, in words for the person who asked. */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
