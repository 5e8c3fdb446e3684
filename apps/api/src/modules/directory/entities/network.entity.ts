import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { IcsEntity } from './ics.entity';

/** An anchor network such as BCAIN. Lead organisations and themes are id arrays. */
@Entity('network')
export class NetworkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200, unique: true })
  name!: string;

  @Column({ name: 'ics_id', type: 'uuid', nullable: true })
  icsId!: string | null;

  @ManyToOne(() => IcsEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'ics_id' })
  ics?: IcsEntity | null;

  @Column({ name: 'lead_organisation_ids', type: 'uuid', array: true, default: () => "'{}'" })
  leadOrganisationIds!: string[];

  @Column({ name: 'theme_keys', type: 'text', array: true, default: () => "'{}'" })
  themeKeys!: string[];

  @Column({ name: 'place_names', type: 'text', array: true, default: () => "'{}'" })
  placeNames!: string[];
}
