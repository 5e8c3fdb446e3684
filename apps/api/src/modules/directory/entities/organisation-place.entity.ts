import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { OrganisationEntity } from './organisation.entity';
import { PlaceEntity } from './place.entity';

/** An organisation serves one or more places. */
@Entity('organisation_place')
@Index('ix_organisation_place_place', ['placeId'])
export class OrganisationPlaceEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @PrimaryColumn({ name: 'place_id', type: 'uuid' })
  placeId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => PlaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'place_id' })
  place?: PlaceEntity;
}
