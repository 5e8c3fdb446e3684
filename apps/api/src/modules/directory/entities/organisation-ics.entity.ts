import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { IcsEntity } from './ics.entity';
import { OrganisationEntity } from './organisation.entity';

/** An organisation belongs to one or more ICSs. */
@Entity('organisation_ics')
@Index('ix_organisation_ics_ics', ['icsId'])
export class OrganisationIcsEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @PrimaryColumn({ name: 'ics_id', type: 'uuid' })
  icsId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => IcsEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ics_id' })
  ics?: IcsEntity;
}
