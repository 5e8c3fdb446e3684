import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { OrganisationEntity } from '../../directory/entities/organisation.entity';

/** SSO: a sign-in through a connection that verifies membership (docs/adr/0010). */
export type VerificationMethod = 'EMAIL_DOMAIN' | 'VOUCHED' | 'APPROVED' | 'SEEDED' | 'SSO';

/**
 * A person's membership of the organisation they asked to join. Only VERIFIED
 * grants rights over that organisation's content (docs/adr/0006).
 */
export enum MembershipStatus {
  REQUESTED = 'REQUESTED',
  VERIFIED = 'VERIFIED',
  DECLINED = 'DECLINED',
}

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Normalised (trimmed, lower-case); unique. */
  @Index('uq_app_user_email', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  /** The organisation the person belongs to or asked to join; null until they choose one. */
  @Index('ix_app_user_organisation')
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  /** Null while no organisation is chosen; VERIFIED iff `verifiedAt` is set. */
  @Column({
    name: 'membership_status',
    type: 'enum',
    enum: MembershipStatus,
    enumName: 'membership_status',
    nullable: true,
  })
  membershipStatus!: MembershipStatus | null;

  @Column({ name: 'membership_requested_at', type: 'timestamptz', nullable: true })
  membershipRequestedAt!: Date | null;

  /** Who declined the request and when (null unless DECLINED). */
  @Column({ name: 'membership_declined_at', type: 'timestamptz', nullable: true })
  membershipDeclinedAt!: Date | null;

  @Column({ name: 'membership_declined_by_id', type: 'uuid', nullable: true })
  membershipDeclinedById!: string | null;

  /** Set when the person used the confirmation link sent to `email`. */
  @Column({ name: 'email_confirmed_at', type: 'timestamptz', nullable: true })
  emailConfirmedAt!: Date | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @Column({ name: 'verification_method', type: 'varchar', length: 20, nullable: true })
  verificationMethod!: VerificationMethod | null;

  @Column({ name: 'verified_by_id', type: 'uuid', nullable: true })
  verifiedById!: string | null;

  @Column({ name: 'suspended_until', type: 'timestamptz', nullable: true })
  suspendedUntil!: Date | null;

  /**
   * Set while an admin has suspended the whole account (issue #15): the person
   * cannot sign in and every session stops working. Distinct from
   * `suspendedUntil`, a moderator's time-limited ban on posting.
   */
  @Column({ name: 'account_suspended_at', type: 'timestamptz', nullable: true })
  accountSuspendedAt!: Date | null;

  @Column({ name: 'account_suspended_by_id', type: 'uuid', nullable: true })
  accountSuspendedById!: string | null;

  /** Why the admin suspended the account (shown to admins only). */
  @Column({ name: 'account_suspension_reason', type: 'varchar', length: 500, nullable: true })
  accountSuspensionReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
