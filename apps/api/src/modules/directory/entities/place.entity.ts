import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { IcsEntity } from './ics.entity';

@Entity('place')
@Index('uq_place_ics_name', ['icsId', 'name'], { unique: true })
export class PlaceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'ics_id', type: 'uuid' })
  icsId!: string;

  @ManyToOne(() => IcsEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ics_id' })
  ics?: IcsEntity;

  @Column({ type: 'varchar', length: 120 })
  name!: string;
}
