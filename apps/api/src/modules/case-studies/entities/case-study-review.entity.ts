import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import type { ReviewDecision } from '../case-study.enums';
import { CaseStudyEntity } from './case-study.entity';

/** One peer-review decision (approve or return with comments). */
@Entity('case_study_review')
@Index('ix_case_study_review_case_study', ['caseStudyId'])
export class CaseStudyReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_study_id', type: 'uuid' })
  caseStudyId!: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy?: CaseStudyEntity;

  @Column({ name: 'reviewer_id', type: 'uuid', nullable: true })
  reviewerId!: string | null;

  @Column({ name: 'reviewer_ics_id', type: 'uuid', nullable: true })
  reviewerIcsId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  decision!: ReviewDecision;

  @Column({ type: 'text', nullable: true })
  comments!: string | null;

  @Column({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
