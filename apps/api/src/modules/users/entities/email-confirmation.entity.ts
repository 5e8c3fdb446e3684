import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { UserEntity } from './user.entity';

/**
 * A link sent to a mailbox to prove the person holds it. Only the SHA-256 of
 * the token is stored; it is single-use (`usedAt`) and expires after 24 h.
 */
@Entity('email_confirmation')
export class EmailConfirmationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_email_confirmation_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** The address the link was sent to: confirming proves this address, not a later one. */
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Index('uq_email_confirmation_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
