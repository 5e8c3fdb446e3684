import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An in-app notification for one person, with a deep link. */
@Entity('notification')
@Index('ix_notification_user_created', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** e.g. ADOPTION_DECLARED, REPLY, MENTION, TOOLKIT_VERSION, REGISTRATION. */
  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  /** Path within the web app, e.g. /case-studies/work4health. */
  @Column({ type: 'varchar', length: 500 })
  link!: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 40, nullable: true })
  subjectType!: string | null;

  @Column({ name: 'subject_id', type: 'varchar', length: 80, nullable: true })
  subjectId!: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** When it went out by email (immediately or in a digest); null = not yet. */
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;
}
