import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { IcsEntity } from '../../directory/entities/ics.entity';
import { OrganisationEntity } from '../../directory/entities/organisation.entity';

export enum OrganisationRequestStatus {
  REQUESTED = 'REQUESTED',
  CREATED = 'CREATED',
  REJECTED = 'REJECTED',
}

/**
 * "My organisation is not listed": a person asks for an organisation to be
 * added to the directory. Regional admins, and ICS admins of the named ICS,
 * create it (the requester then asks to join it) or reject the request.
 */
@Entity('organisation_request')
@Index('uq_organisation_request_open', ['requestedById'], { unique: true, where: "status = 'REQUESTED'" })
export class OrganisationRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The person asking (a user id; kept as a plain column). */
  @Index('ix_organisation_request_requested_by')
  @Column({ name: 'requested_by_id', type: 'uuid' })
  requestedById!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'type_key', type: 'varchar', length: 60 })
  typeKey!: string;

  @Index('ix_organisation_request_ics')
  @Column({ name: 'ics_id', type: 'uuid' })
  icsId!: string;

  @ManyToOne(() => IcsEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ics_id' })
  ics?: IcsEntity;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  @Column({ name: 'email_domain', type: 'varchar', length: 253, nullable: true })
  emailDomain!: string | null;

  @Index('ix_organisation_request_status')
  @Column({
    type: 'enum',
    enum: OrganisationRequestStatus,
    enumName: 'organisation_request_status',
    default: OrganisationRequestStatus.REQUESTED,
  })
  status!: OrganisationRequestStatus;

  /** The organisation created from this request. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** Why it was rejected, shown to the requester. */
  @Column({ name: 'decision_note', type: 'varchar', length: 500, nullable: true })
  decisionNote!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
