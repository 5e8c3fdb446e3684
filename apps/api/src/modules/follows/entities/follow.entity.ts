import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** What a person follows, and how closely (WATCHING, NORMAL, MUTED). */
@Entity('follow')
@Index('ix_follow_target', ['targetType', 'targetId'])
export class FollowEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** THREAD, CASE_STUDY, TOOLKIT, EVENT, THEME or ICS. */
  @PrimaryColumn({ name: 'target_type', type: 'varchar', length: 20 })
  targetType!: string;

  @PrimaryColumn({ name: 'target_id', type: 'varchar', length: 120 })
  targetId!: string;

  @Column({ type: 'varchar', length: 10 })
  level!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
