import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { OrganisationEntity } from '../../directory/entities/organisation.entity';
import { CommitmentEntity } from './commitment.entity';

/** An organisation that made a commitment (one, or several in a partnership; one is the lead). */
@Entity('commitment_organisation')
@Index('ix_commitment_organisation_organisation', ['organisationId'])
export class CommitmentOrganisationEntity {
  @PrimaryColumn({ name: 'commitment_id', type: 'uuid' })
  commitmentId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'boolean', default: false })
  lead!: boolean;

  @ManyToOne(() => CommitmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: CommitmentEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
