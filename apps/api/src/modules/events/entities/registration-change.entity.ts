import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Why a registration changed (stored as text in `reason`; null on a plain registration). */
export enum RegistrationChangeReason {
  /** The delegate cancelled. */
  SELF = 'SELF',
  /** An organiser cancelled or declined it. */
  ORGANISER = 'ORGANISER',
  /** An organiser moved the delegate between events. */
  MOVED = 'MOVED',
  OFFER_ACCEPTED = 'OFFER_ACCEPTED',
  OFFER_DECLINED = 'OFFER_DECLINED',
  /** The offer ran out (a job, no actor). */
  OFFER_EXPIRED = 'OFFER_EXPIRED',
  /** An organiser approved a pending registration. */
  APPROVED = 'APPROVED',
  /** A place was freed and offered to this waiting registration (no actor). */
  PLACE_FREED = 'PLACE_FREED',
  /** Checked in at the event (status unchanged). */
  CHECKED_IN = 'CHECKED_IN',
}

/** Every change of a registration (status changes and check-in): who, when, from and to (status, and event for moves). */
@Entity('event_registration_change')
@Index('ix_event_registration_change_registration', ['registrationId'])
export class RegistrationChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'registration_id', type: 'uuid' })
  registrationId!: string;

  @Column({ name: 'from_status', type: 'varchar', length: 20, nullable: true })
  fromStatus!: string | null;

  @Column({ name: 'to_status', type: 'varchar', length: 20 })
  toStatus!: string;

  /** Null when a job made the change (e.g. an offer expired). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** A RegistrationChangeReason (text, so older rows never break the enum). */
  @Column({ type: 'varchar', length: 60, nullable: true })
  reason!: string | null;

  /** A move between events: the event the registration came from (on the new registration's first row). */
  @Column({ name: 'from_event_id', type: 'uuid', nullable: true })
  fromEventId!: string | null;

  /** A move between events: the event it went to (on the old registration's MOVED row). */
  @Column({ name: 'to_event_id', type: 'uuid', nullable: true })
  toEventId!: string | null;

  /** A move between events: the registration on the other side of the move. */
  @Column({ name: 'related_registration_id', type: 'uuid', nullable: true })
  relatedRegistrationId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
