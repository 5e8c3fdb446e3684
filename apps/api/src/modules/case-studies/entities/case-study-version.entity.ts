import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

import { CaseStudyEntity } from './case-study.entity';

/** A published version of a case study, kept readable with what changed. */
@Entity('case_study_version')
@Unique('uq_case_study_version', ['caseStudyId', 'version'])
export class CaseStudyVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_study_id', type: 'uuid' })
  caseStudyId!: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy?: CaseStudyEntity;

  @Column({ type: 'integer' })
  version!: number;

  /** The template fields as they were in this version. */
  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  @Column({ name: 'changed_fields', type: 'text', array: true, default: () => "'{}'" })
  changedFields!: string[];

  @Column({ name: 'change_note', type: 'text', nullable: true })
  changeNote!: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
