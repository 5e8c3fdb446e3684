import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('organisation_type')
export class OrganisationTypeEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  key!: string;

  @Column({ type: 'varchar', length: 200 })
  label!: string;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;
}
