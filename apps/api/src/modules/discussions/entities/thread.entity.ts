import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { UserEntity } from '../../users/entities/user.entity';

/** A discussion thread about one subject (a toolkit, section, theme, case study, event) or general. */
@Entity('thread')
@Index('ix_thread_subject', ['subjectType', 'subjectId', 'lastActivityAt'])
@Index('ux_thread_author_client_key', ['authorId', 'clientKey'], {
  unique: true,
  where: 'client_key IS NOT NULL',
})
@Index('ix_thread_last_activity', ['lastActivityAt'])
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** CASE_STUDY, TOOLKIT, TOOLKIT_SECTION, EVENT, THEME or GENERAL. */
  @Column({ name: 'subject_type', type: 'varchar', length: 20 })
  subjectType!: string;

  /** Id of the subject (toolkit id, `<toolkitId>:<sectionKey>`, theme key; `general`). */
  @Column({ name: 'subject_id', type: 'varchar', length: 120 })
  subjectId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ name: 'accepted_comment_id', type: 'uuid', nullable: true })
  acceptedCommentId!: string | null;

  @Column({ name: 'pinned_at', type: 'timestamptz', nullable: true })
  pinnedAt!: Date | null;

  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;

  @Column({ name: 'comment_count', type: 'integer', default: 0 })
  commentCount!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt!: Date;

  /** The starter's idempotency key (a form token): one thread per author and key. */
  @Column({ name: 'client_key', type: 'varchar', length: 64, nullable: true })
  clientKey!: string | null;

  /** Filled only by DiscussionsRepository.findThreadWithAuthor (not a column). */
  author?: UserEntity;
}
