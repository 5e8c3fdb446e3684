import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person's email choices: digest frequency and kinds unsubscribed from. */
@Entity('notification_preference')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** DAILY, WEEKLY (default) or OFF. */
  @Column({ name: 'digest_frequency', type: 'varchar', length: 10, default: 'WEEKLY' })
  digestFrequency!: string;

  /** Email kinds unsubscribed from (MENTION, REPLY, DIGEST); in-app notifications continue. */
  @Column({ name: 'email_opt_outs', type: 'text', array: true, default: () => "'{}'" })
  emailOptOuts!: string[];

  /** Secret used in one-click unsubscribe links. */
  @Column({ name: 'unsubscribe_token', type: 'varchar', length: 64, unique: true })
  unsubscribeToken!: string;

  @Column({ name: 'last_digest_at', type: 'timestamptz', nullable: true })
  lastDigestAt!: Date | null;
}
