import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { IcsEntity } from '../../directory/entities/ics.entity';
import { OrganisationEntity } from '../../directory/entities/organisation.entity';
import { PlaceEntity } from '../../directory/entities/place.entity';
import { UserEntity } from '../../users/entities/user.entity';
import type { CaseStudyStatus, EvidenceLevel, PracticeStage } from '../case-study.enums';

/** A practice model: the structured template plus lifecycle and review state. */
@Entity('case_study')
@Index('ix_case_study_status_published', ['status', 'publishedAt'])
@Index('ix_case_study_organisation', ['organisationId'])
@Index('ix_case_study_ics', ['icsId'])
export class CaseStudyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_case_study_slug', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text', default: '' })
  problem!: string;

  @Column({ type: 'text', default: '' })
  aims!: string;

  @Column({ type: 'text', default: '' })
  approach!: string;

  @Column({ name: 'core_components', type: 'text', default: '' })
  coreComponents!: string;

  @Column({ name: 'adaptable_parts', type: 'text', default: '' })
  adaptableParts!: string;

  @Column({ name: 'resources_and_costs', type: 'text', default: '' })
  resourcesAndCosts!: string;

  @Column({ name: 'key_learning', type: 'text', default: '' })
  keyLearning!: string;

  /** Core20PLUS5 groups targeted, e.g. CORE20, PLUS_GROUPS, or a clinical area. */
  @Column({ name: 'target_groups', type: 'text', array: true, default: () => "'{}'" })
  targetGroups!: string[];

  @Column({ name: 'imd_quintiles', type: 'smallint', array: true, default: () => "'{}'" })
  imdQuintiles!: number[];

  @Column({ name: 'age_bands', type: 'text', array: true, default: () => "'{}'" })
  ageBands!: string[];

  @Column({ name: 'evidence_level', type: 'varchar', length: 20 })
  evidenceLevel!: EvidenceLevel;

  @Column({ name: 'practice_stage', type: 'varchar', length: 20 })
  practiceStage!: PracticeStage;

  @Column({ type: 'varchar', length: 20 })
  status!: CaseStudyStatus;

  /** Optimistic concurrency token; incremented by every edit in one conditional UPDATE. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ name: 'ics_id', type: 'uuid', nullable: true })
  icsId!: string | null;

  @ManyToOne(() => IcsEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'ics_id' })
  ics?: IcsEntity | null;

  @Column({ name: 'place_id', type: 'uuid', nullable: true })
  placeId!: string | null;

  @ManyToOne(() => PlaceEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'place_id' })
  place?: PlaceEntity | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  @Column({ name: 'contact_name', type: 'varchar', length: 120, nullable: true })
  contactName!: string | null;

  @Column({ name: 'contact_email', type: 'varchar', length: 320, nullable: true })
  contactEmail!: string | null;

  @Column({ name: 'contact_role', type: 'varchar', length: 200, nullable: true })
  contactRole!: string | null;

  @Column({ name: 'review_by', type: 'date' })
  reviewBy!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'reviewed_by_id', type: 'uuid', nullable: true })
  reviewedById!: string | null;

  /** The reviewer's ICS, for the "peer-reviewed by <ICS>" badge (null: regional reviewer). */
  @Column({ name: 'reviewed_by_ics_id', type: 'uuid', nullable: true })
  reviewedByIcsId!: string | null;

  /** Comments from the latest return to the author. */
  @Column({ name: 'review_comments', type: 'text', nullable: true })
  reviewComments!: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  /** Where seeded demo content came from (kept visible to readers). */
  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
