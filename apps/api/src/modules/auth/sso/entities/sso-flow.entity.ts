import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { SessionEntity } from '../../entities/session.entity';
import { SsoConnectionEntity } from './sso-connection.entity';

/**
 * A sign-in in progress, kept server-side: the state (hashed), the nonce and
 * the PKCE verifier, bound to the browser that started it (the hash of a
 * random token in its short-lived HttpOnly cookie). Used once.
 */
@Entity('sso_flow')
export class SsoFlowEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_sso_flow_state', { unique: true })
  @Column({ name: 'state_hash', type: 'char', length: 64 })
  stateHash!: string;

  @Column({ name: 'browser_hash', type: 'char', length: 64 })
  browserHash!: string;

  @Column({ name: 'connection_id', type: 'uuid' })
  connectionId!: string;

  @ManyToOne(() => SsoConnectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'connection_id' })
  connection?: SsoConnectionEntity;

  @Column({ type: 'varchar', length: 64 })
  nonce!: string;

  @Column({ name: 'code_verifier', type: 'varchar', length: 128 })
  codeVerifier!: string;

  @Column({ name: 'return_to', type: 'varchar', length: 500 })
  returnTo!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}

/**
 * A provider sign-in whose email belongs to an existing password account:
 * nothing is linked and no session starts until the person proves the
 * password (`confirmSsoLink`) or follows a link emailed to the account's
 * address in the same browser (`emailSsoLink`, `confirmSsoLinkByEmail`).
 * Only the hashes of the link token and the emailed token are stored.
 */
@Entity('sso_pending_link')
export class SsoPendingLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_sso_pending_link_token', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'connection_id', type: 'uuid' })
  connectionId!: string;

  @ManyToOne(() => SsoConnectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'connection_id' })
  connection?: SsoConnectionEntity;

  @Column({ type: 'varchar', length: 255 })
  subject!: string;

  @Column({ name: 'return_to', type: 'varchar', length: 500 })
  returnTo!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  /** The hash of the token in the latest emailed link (a new email replaces it). */
  @Index('uq_sso_pending_link_email_token', { unique: true, where: 'email_token_hash IS NOT NULL' })
  @Column({ name: 'email_token_hash', type: 'char', length: 64, nullable: true })
  emailTokenHash!: string | null;

  @Column({ name: 'email_expires_at', type: 'timestamptz', nullable: true })
  emailExpiresAt!: Date | null;
}

/** Which provider a session came from, for RP-initiated logout (the ID token is its `id_token_hint`). */
@Entity('sso_session')
export class SsoSessionEntity {
  @Column({ name: 'session_id', type: 'uuid', primary: true })
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @Column({ name: 'connection_id', type: 'uuid' })
  connectionId!: string;

  @ManyToOne(() => SsoConnectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'connection_id' })
  connection?: SsoConnectionEntity;

  @Column({ name: 'id_token', type: 'text' })
  idToken!: string;
}
