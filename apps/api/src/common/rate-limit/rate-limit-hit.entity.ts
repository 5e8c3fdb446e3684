import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One counted action for `RateLimitService` (sign-up, password-reset email…).
 * The key is a SHA-256 of what is limited (an email, an IP), never the raw value.
 */
@Entity('rate_limit_hit')
@Index('ix_rate_limit_hit_bucket_key_time', ['bucket', 'keyHash', 'createdAt'])
export class RateLimitHitEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 60 })
  bucket!: string;

  @Column({ name: 'key_hash', type: 'char', length: 64 })
  keyHash!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
