import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

import type { CaseStudyVersionKind } from '../case-study.enums';
import { CaseStudyEntity } from './case-study.entity';

/**
 * A version entry of a published case study, kept readable with what changed.
 * Consecutive saves by one person within 30 minutes extend the latest entry
 * (see case-studies.policy `extendsLatestVersion`), so `number` (1, 2, 3…
 * per case study, what readers see) is not `version` (the case study's
 * optimistic-concurrency counter after the entry's last save).
 */
@Entity('case_study_version')
@Unique('uq_case_study_version', ['caseStudyId', 'version'])
@Unique('uq_case_study_version_number', ['caseStudyId', 'number'])
export class CaseStudyVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_study_id', type: 'uuid' })
  caseStudyId!: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy?: CaseStudyEntity;

  /** Sequential per case study (1, 2, 3…), assigned when the entry is created. */
  @Column({ type: 'integer' })
  number!: number;

  /** case_study.version after the last save recorded in this entry. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 20, default: 'EDIT' })
  kind!: CaseStudyVersionKind;

  /** The template fields as they were after the entry's last save. */
  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  /** Fields that differ from the entry before (or from the state before the first save). */
  @Column({ name: 'changed_fields', type: 'text', array: true, default: () => "'{}'" })
  changedFields!: string[];

  @Column({ name: 'change_note', type: 'text', nullable: true })
  changeNote!: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  /** When the entry's first save happened; the coalescing window runs from here. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
