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

import { UserEntity } from '../../users/entities/user.entity';
import { EventEntity } from './event.entity';

export enum RegistrationStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  OFFERED = 'OFFERED',
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  CANCELLED = 'CANCELLED',
  DECLINED = 'DECLINED',
}

/** Statuses that count as "one active registration per person per event". */
export const ACTIVE_STATUSES = [
  RegistrationStatus.CONFIRMED,
  RegistrationStatus.WAITLISTED,
  RegistrationStatus.OFFERED,
  RegistrationStatus.PENDING_APPROVAL,
];

/** Statuses that hold a place. */
export const PLACE_HOLDING_STATUSES = [RegistrationStatus.CONFIRMED, RegistrationStatus.OFFERED];

export type AnswerValue = string | string[];

@Entity('event_registration')
@Index('uq_event_registration_active', ['eventId', 'userId'], {
  unique: true,
  where: `status IN ('CONFIRMED', 'WAITLISTED', 'OFFERED', 'PENDING_APPROVAL')`,
})
@Index('uq_event_registration_waitlist', ['eventId', 'waitlistPosition'], {
  unique: true,
  where: `waitlist_position IS NOT NULL`,
})
@Index('ix_event_registration_event_status', ['eventId', 'status'])
@Index('ix_event_registration_user', ['userId'])
@Index('ix_event_registration_created', ['createdAt'])
export class RegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({
    type: 'enum',
    enum: RegistrationStatus,
    enumName: 'event_registration_status',
  })
  status!: RegistrationStatus;

  /** The quota whose place this registration holds; null means the open pool. */
  @Column({ name: 'quota_id', type: 'uuid', nullable: true })
  quotaId!: string | null;

  /** Snapshot at registration: the delegate's ICS and organisation type. */
  @Column({ name: 'ics_ods_code', type: 'varchar', length: 5, nullable: true })
  icsOdsCode!: string | null;

  @Column({ name: 'organisation_type_key', type: 'varchar', length: 60, nullable: true })
  organisationTypeKey!: string | null;

  /** Queue number, given once when first waitlisted; never reused. */
  @Column({ name: 'waitlist_position', type: 'integer', nullable: true })
  waitlistPosition!: number | null;

  @Column({ name: 'offer_expires_at', type: 'timestamptz', nullable: true })
  offerExpiresAt!: Date | null;

  @Column({ name: 'offer_count', type: 'integer', default: 0 })
  offerCount!: number;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  answers!: Record<string, AnswerValue>;

  /** Answers to sensitive questions; set to null by the retention purge. */
  @Column({ name: 'sensitive_answers', type: 'jsonb', nullable: true })
  sensitiveAnswers!: Record<string, AnswerValue> | null;

  @Column({ name: 'sensitive_purged_at', type: 'timestamptz', nullable: true })
  sensitivePurgedAt!: Date | null;

  @Column({ name: 'consent_at', type: 'timestamptz' })
  consentAt!: Date;

  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt!: Date | null;

  @Column({ name: 'checked_in_by_id', type: 'uuid', nullable: true })
  checkedInById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
