import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A member's report of a comment; one per person per comment. */
@Entity('comment_flag')
@Index('uq_comment_flag_comment_user', ['commentId', 'userId'], { unique: true })
export class CommentFlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** SPAM, OFFENSIVE, OFF_TOPIC, PERSONAL_DATA, OTHER. */
  @Column({ type: 'varchar', length: 20 })
  reason!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Set when a moderator acts on the comment. */
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}
