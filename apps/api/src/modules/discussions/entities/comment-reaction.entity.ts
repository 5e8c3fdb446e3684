import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One reaction of one kind by one person on a comment. */
@Entity('comment_reaction')
export class CommentReactionEntity {
  @PrimaryColumn({ name: 'comment_id', type: 'uuid' })
  commentId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** THUMBS_UP, HEART, INSIGHTFUL, CELEBRATE. */
  @PrimaryColumn({ type: 'varchar', length: 20 })
  kind!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
