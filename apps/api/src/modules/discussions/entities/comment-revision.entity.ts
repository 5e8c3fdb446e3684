import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A previous body of an edited comment (edit history is visible to all). */
@Entity('comment_revision')
@Index('ix_comment_revision_comment', ['commentId', 'createdAt'])
export class CommentRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml!: string;

  @Column({ name: 'edited_by_id', type: 'uuid' })
  editedById!: string;

  /** When this body was replaced. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
