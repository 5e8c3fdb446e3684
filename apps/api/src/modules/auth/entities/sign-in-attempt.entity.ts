import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Failed sign-ins, keyed by a hash of the account email or of the client IP,
 * so the rate limit holds across API processes and no raw email is kept.
 */
@Entity('sign_in_attempt')
@Index('ix_sign_in_attempt_key_time', ['keyHash', 'createdAt'])
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'key_hash', type: 'char', length: 64 })
  keyHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
