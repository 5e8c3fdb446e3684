import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

import { CaseStudyEntity } from '../../case-studies/entities/case-study.entity';
import { IcsEntity } from '../../directory/entities/ics.entity';
import { OrganisationEntity } from '../../directory/entities/organisation.entity';
import type { AdoptionStage, ReadinessArea } from '../adoption.enums';

export interface ReadinessScore {
  area: ReadinessArea;
  score: number;
  note: string | null;
}

export interface AdoptionContact {
  side: 'ORIGIN' | 'ADOPTER';
  name: string;
  role: string | null;
  email: string | null;
}

/** An organisation lifting and shifting a published case study. */
@Entity('adoption')
@Unique('uq_adoption_case_study_organisation', ['caseStudyId', 'organisationId'])
@Index('ix_adoption_ics', ['icsId'])
export class AdoptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_study_id', type: 'uuid' })
  caseStudyId!: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy?: CaseStudyEntity;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** The adopting organisation's ICS when it declared (null for regional bodies). */
  @Column({ name: 'ics_id', type: 'uuid', nullable: true })
  icsId!: string | null;

  @ManyToOne(() => IcsEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'ics_id' })
  ics?: IcsEntity | null;

  /** Lineage: the adoption this one learned from (null: straight from the origin). */
  @Column({ name: 'learned_from_adoption_id', type: 'uuid', nullable: true })
  learnedFromAdoptionId!: string | null;

  @ManyToOne(() => AdoptionEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'learned_from_adoption_id' })
  learnedFrom?: AdoptionEntity | null;

  @Column({ type: 'varchar', length: 20 })
  stage!: AdoptionStage;

  @Column({ name: 'stopped_reason', type: 'text', nullable: true })
  stoppedReason!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  readiness!: ReadinessScore[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  barriers!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  enablers!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  contacts!: AdoptionContact[];

  @Column({ name: 'declared_by_id', type: 'uuid', nullable: true })
  declaredById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
