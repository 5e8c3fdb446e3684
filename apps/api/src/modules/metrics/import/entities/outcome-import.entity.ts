import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { AdoptionEntity } from '../../../adoptions/entities/adoption.entity';
import { CaseStudyEntity } from '../../../case-studies/entities/case-study.entity';

export type OutcomeImportStatus = 'VALIDATING' | 'READY' | 'FAILED' | 'SAVED' | 'CANCELLED';

/**
 * A bulk import of outcome figures from a CSV or XLSX file, for one case
 * study or one adoption. A job checks every row (progress on the row);
 * nothing reaches `outcome_measurement` until its editor confirms.
 */
@Entity('outcome_import')
@Check('ck_outcome_import_owner', '(case_study_id IS NULL) <> (adoption_id IS NULL)')
@Check(
  'ck_outcome_import_status',
  "status IN ('VALIDATING', 'READY', 'FAILED', 'SAVED', 'CANCELLED')",
)
@Index('ix_outcome_import_created_by', ['createdById', 'createdAt'])
export class OutcomeImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_study_id', type: 'uuid', nullable: true })
  caseStudyId!: string | null;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy?: CaseStudyEntity | null;

  @Column({ name: 'adoption_id', type: 'uuid', nullable: true })
  adoptionId!: string | null;

  @ManyToOne(() => AdoptionEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'adoption_id' })
  adoption?: AdoptionEntity | null;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  /** 'csv' or 'xlsx'. */
  @Column({ type: 'varchar', length: 8 })
  format!: 'csv' | 'xlsx';

  /** The uploaded bytes until the rows have been checked; then cleared. */
  @Column({ type: 'bytea', nullable: true, select: false })
  content!: Buffer | null;

  @Column({ type: 'varchar', length: 12, default: 'VALIDATING' })
  status!: OutcomeImportStatus;

  @Column({ name: 'total_rows', type: 'int', default: 0 })
  totalRows!: number;

  @Column({ name: 'processed_rows', type: 'int', default: 0 })
  processedRows!: number;

  @Column({ name: 'valid_rows', type: 'int', default: 0 })
  validRows!: number;

  @Column({ name: 'error_rows', type: 'int', default: 0 })
  errorRows!: number;

  @Column({ name: 'saved_count', type: 'int', nullable: true })
  savedCount!: number | null;

  /** Why the whole file could not be read (status FAILED). */
  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason!: string | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'saved_at', type: 'timestamptz', nullable: true })
  savedAt!: Date | null;
}
