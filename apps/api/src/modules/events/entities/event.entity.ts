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

import { OrganisationEntity } from '../../directory/entities/organisation.entity';

export enum EventStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

export type QuestionType = 'TEXT' | 'CHOICE' | 'MULTI_CHOICE' | 'YES_NO';

/** A custom registration question, stored with the event. */
export interface EventQuestion {
  id: string;
  label: string;
  type: QuestionType;
  required: boolean;
  /** Access or dietary needs: purged after the retention period. */
  sensitive: boolean;
  options: string[];
}

@Entity('event')
@Index('ix_event_starts_at', ['startsAt'])
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Markdown source; rendered sanitised. */
  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ name: 'venue_name', type: 'varchar', length: 200, nullable: true })
  venueName!: string | null;

  @Column({ name: 'venue_address', type: 'text', nullable: true })
  venueAddress!: string | null;

  /** Revealed only to confirmed delegates and organisers. */
  @Column({ name: 'online_url', type: 'varchar', length: 500, nullable: true })
  onlineUrl!: string | null;

  @Column({ name: 'organiser_organisation_id', type: 'uuid', nullable: true })
  organiserOrganisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organiser_organisation_id' })
  organiserOrganisation?: OrganisationEntity | null;

  /** The creator and co-organisers (user ids) who may manage the event. */
  @Column({ name: 'organiser_user_ids', type: 'uuid', array: true, default: () => "'{}'" })
  organiserUserIds!: string[];

  @Column({ type: 'varchar', length: 60, array: true, default: () => "'{}'" })
  themes!: string[];

  /** ICSs the event is aimed at (ODS codes); empty means region-wide. */
  @Column({ name: 'ics_ods_codes', type: 'varchar', length: 5, array: true, default: () => "'{}'" })
  icsOdsCodes!: string[];

  @Column({ name: 'case_study_ids', type: 'uuid', array: true, default: () => "'{}'" })
  caseStudyIds!: string[];

  @Column({ name: 'toolkit_ids', type: 'uuid', array: true, default: () => "'{}'" })
  toolkitIds!: string[];

  @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', default: EventStatus.DRAFT })
  status!: EventStatus;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ name: 'registration_opens_at', type: 'timestamptz', nullable: true })
  registrationOpensAt!: Date | null;

  @Column({ name: 'registration_closes_at', type: 'timestamptz', nullable: true })
  registrationClosesAt!: Date | null;

  @Column({ name: 'requires_approval', type: 'boolean', default: false })
  requiresApproval!: boolean;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  questions!: EventQuestion[];

  @Column({ name: 'offer_hours', type: 'integer', default: 48 })
  offerHours!: number;

  @Column({ name: 'reminder_days', type: 'integer', default: 2 })
  reminderDays!: number;

  @Column({ name: 'retention_days', type: 'integer', default: 30 })
  retentionDays!: number;

  /** iCalendar SEQUENCE: raised whenever the time, place or status changes. */
  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  /**
   * Optimistic concurrency: 1 on creation, raised by every change to the event
   * (including one case study link), so an editor can say which version it saw.
   */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Where a seeded record came from. */
  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
