import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An organisation's OpenID Connect identity provider (docs/adr/0010). */
@Entity('sso_connection')
export class SsoConnectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 80 })
  displayName!: string;

  /** The issuer identifier (its discovery document is at `<issuer>/.well-known/openid-configuration`). */
  @Column({ type: 'varchar', length: 500 })
  issuer!: string;

  @Column({ name: 'client_id', type: 'varchar', length: 300 })
  clientId!: string;

  /** AES-256-GCM with SSO_SECRET_KEY (`secret-box.ts`); never returned by the API. */
  @Column({ name: 'client_secret_sealed', type: 'text' })
  clientSecretSealed!: string;

  /** A sign-in through it makes the membership of the matched organisation VERIFIED (else REQUESTED). */
  @Column({ name: 'verifies_membership', type: 'boolean', default: false })
  verifiesMembership!: boolean;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The email domains a connection serves: one connection per domain (the primary key). */
@Entity('sso_connection_domain')
export class SsoConnectionDomainEntity {
  @Column({ type: 'varchar', length: 253, primary: true })
  domain!: string;

  @Index('ix_sso_connection_domain_connection')
  @Column({ name: 'connection_id', type: 'uuid' })
  connectionId!: string;

  @ManyToOne(() => SsoConnectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'connection_id' })
  connection?: SsoConnectionEntity;
}
