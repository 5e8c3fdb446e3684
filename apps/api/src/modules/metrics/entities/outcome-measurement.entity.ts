import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { AdoptionEntity } from '../../adoptions/entities/adoption.entity';
import { CaseStudyEntity } from '../../case-studies/entities/case-study.entity';
import { MetricEntity } from './metric.entity';

/** One dated, sourced value in an outcome series of a case study or of an adoption. */
@Entity('outcome_measurement')
@Check('ck_outcome_measurement_owner', '(case_study_id IS NULL) <> (adoption_id IS NULL)')
@Index('ix_outcome_measurement_case_study', ['caseStudyId', 'metricKey', 'measuredOn'])
@Index('ix_outcome_measurement_adoption', ['adoptionId', 'metricKey', 'measuredOn'])
@Index('ix_outcome_measurement_current', ['metricKey', 'measuredOn'], {
  where: 'superseded_at IS NULL AND removed_at IS NULL',
})
export class OutcomeMeasurementEntity {
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

  @Column({ name: 'metric_key', type: 'varchar', length: 60 })
  metricKey!: string;

  @ManyToOne(() => MetricEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'metric_key' })
  metric?: MetricEntity;

  @Column({
    type: 'numeric',
    precision: 18,
    scale: 4,
    transformer: {
      to: (v: number) => v,
      from: (v: string | null) => (v === null ? null : Number(v)),
    },
  })
  value!: number;

  @Column({
    type: 'numeric',
    precision: 18,
    scale: 4,
    nullable: true,
    transformer: {
      to: (v: number | null) => v,
      from: (v: string | null) => (v === null ? null : Number(v)),
    },
  })
  baseline!: number | null;

  /** e.g. "more than", "around", as the source words it. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  qualifier!: string | null;

  /**
   * A running total since the practice began ("more than 150 since 2019"),
   * not a figure for its own period. Cumulative figures are never added to
   * in-period ones.
   */
  @Column({ type: 'boolean', default: false })
  cumulative!: boolean;

  /** The date the value applies to (end of its period). */
  @Column({ name: 'measured_on', type: 'date' })
  measuredOn!: string;

  @Column({ name: 'period_start', type: 'date', nullable: true })
  periodStart!: string | null;

  @Column({ name: 'source_title', type: 'text', nullable: true })
  sourceTitle!: string | null;

  @Column({ name: 'source_url', type: 'varchar', length: 1000, nullable: true })
  sourceUrl!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Set when a correction replaced this figure; it stays visible in the figure's history. */
  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;

  /** The correction that replaced this figure. */
  @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true })
  supersededById!: string | null;

  @ManyToOne(() => OutcomeMeasurementEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'superseded_by_id' })
  supersededBy?: OutcomeMeasurementEntity | null;

  /** Set when an editor removed the figure (kept, with who and why, but no longer counted). */
  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;

  @Column({ name: 'removed_by_id', type: 'uuid', nullable: true })
  removedById!: string | null;

  @Column({ name: 'removal_reason', type: 'text', nullable: true })
  removalReason!: string | null;

  /** Why this figure corrected an earlier one (set on the correction). */
  @Column({ name: 'correction_reason', type: 'text', nullable: true })
  correctionReason!: string | null;
}
