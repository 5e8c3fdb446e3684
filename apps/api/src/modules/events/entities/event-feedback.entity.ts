import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { EventEntity } from './event.entity';
import { RegistrationEntity } from './registration.entity';

/**
 * Post-event feedback from a confirmed delegate (one per registration): a
 * rating, what was useful, and the linked case studies they are interested
 * in adopting (each becomes an adoption lead for the originating organisation).
 */
@Entity('event_feedback')
@Index('uq_event_feedback_registration', ['registrationId'], { unique: true })
@Index('ix_event_feedback_event', ['eventId'])
@Check('ck_event_feedback_rating', 'rating BETWEEN 1 AND 5')
export class EventFeedbackEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ name: 'registration_id', type: 'uuid' })
  registrationId!: string;

  @ManyToOne(() => RegistrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id' })
  registration?: RegistrationEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'smallint' })
  rating!: number;

  @Column({ type: 'text', default: '' })
  useful!: string;

  @Column({ name: 'interested_case_study_ids', type: 'uuid', array: true, default: () => "'{}'" })
  interestedCaseStudyIds!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** When the delegate last changed it; null until they do. */
  @Column({ name: 'updated_at', type: 'timestamptz', nullable: true })
  updatedAt!: Date | null;
}
