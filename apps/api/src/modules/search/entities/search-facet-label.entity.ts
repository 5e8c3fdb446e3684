import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The readable label of a facet code, as its source last gave it (e.g. ics QHL → "Birmingham and Solihull"). */
@Entity('search_facet_label')
export class SearchFacetLabelEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  facet!: string;

  @PrimaryColumn({ type: 'varchar', length: 160 })
  value!: string;

  @Column({ type: 'text' })
  label!: string;
}
