import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AccountDeletionStatus = 'SCHEDULED' | 'CANCELLED' | 'DONE';

/**
 * "Delete my account" (UK GDPR article 17): scheduled `grace` days ahead,
 * cancellable until then, then anonymised by a job. An admin's immediate
 * anonymisation is recorded as DONE at once. Holds ids only, never the
 * person's name or email.
 */
@Entity('account_deletion')
@Index('ux_account_deletion_scheduled', ['userId'], { unique: true, where: `status = 'SCHEDULED'` })
@Index('ix_account_deletion_due', ['status', 'scheduledFor'])
export class AccountDeletionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** SCHEDULED, CANCELLED or DONE. */
  @Column({ type: 'varchar', length: 9, default: 'SCHEDULED' })
  status!: AccountDeletionStatus;

  /** Who asked: the person themself, or the admin who anonymised them. */
  @Column({ name: 'requested_by_id', type: 'uuid' })
  requestedById!: string;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'scheduled_for', type: 'timestamptz' })
  scheduledFor!: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
