import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A comment in a thread: Markdown source plus its sanitised HTML. */
@Entity('comment')
@Index('ix_comment_thread_created', ['threadId', 'createdAt'])
@Index('ix_comment_author_created', ['authorId', 'createdAt'])
@Index('ix_comment_updated', ['updatedAt'])
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId!: string;

  /** Replies are one level deep: the parent is always a top-level comment. */
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  body!: string;

  /** renderMarkdown(body): sanitised, safe to inject. */
  @Column({ name: 'body_html', type: 'text' })
  bodyHtml!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /**
   * When the row last changed in any way (posted, edited, hidden, restored,
   * removed): the search sweep's change time. TypeORM sets it on save and
   * update; raw UPDATEs set it themselves.
   */
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  /** Soft delete: the comment shows as "removed". */
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  /** Hidden by a moderator or automatically after flags, pending review. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ name: 'hidden_reason', type: 'varchar', length: 40, nullable: true })
  hiddenReason!: string | null;
}
