import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('ics')
export class IcsEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'ods_code', type: 'varchar', length: 5, unique: true })
  odsCode!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'short_name', type: 'varchar', length: 120 })
  shortName!: string;

  @Column({ name: 'sub_region', type: 'varchar', length: 60 })
  subRegion!: string;

  @Column({ name: 'nhs_sites', type: 'integer', nullable: true })
  nhsSites!: number | null;

  @Column({ type: 'integer', nullable: true })
  population!: number | null;

  @Column({ name: 'population_source', type: 'text', nullable: true })
  populationSource!: string | null;

  /** Column on the schematic hex map of the region (pointy-top, odd rows shifted half a hex right). */
  @Column({ name: 'map_hex_col', type: 'integer', nullable: true })
  mapHexCol!: number | null;

  /** Row on the schematic hex map (0 = north). */
  @Column({ name: 'map_hex_row', type: 'integer', nullable: true })
  mapHexRow!: number | null;
}
