import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type DataExportStatus = 'QUEUED' | 'RUNNING' | 'READY' | 'FAILED' | 'EXPIRED';

/**
 * "Export my data" (UK GDPR articles 15 and 20): a ZIP built by a job, stored
 * through the files module's storage (`file_id`), downloadable by its owner
 * until `expires_at`, then deleted by the purge job.
 */
@Entity('data_export')
@Index('ix_data_export_user', ['userId', 'createdAt'])
export class DataExportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** QUEUED, RUNNING, READY, FAILED or EXPIRED. */
  @Column({ type: 'varchar', length: 8, default: 'QUEUED' })
  status!: DataExportStatus;

  /** 0–100. */
  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  /** The ZIP (a stored_file row); null until READY and after the purge. */
  @Column({ name: 'file_id', type: 'uuid', nullable: true })
  fileId!: string | null;

  @Column({ name: 'byte_size', type: 'integer', nullable: true })
  byteSize!: number | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  /** Set when READY: the download works until then. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;
}
