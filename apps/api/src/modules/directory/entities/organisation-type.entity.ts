import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('organisation_type')
export class OrganisationTypeEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  key!: string;

  @Column({ type: 'varchar', length: 200 })
  label!: string;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;

  /** What it covers, for people choosing it. */
  @Column({ type: 'text', nullable: true })
  description?: string | null;

  /** When it stopped being offered (kept because content uses it); null while in use. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt?: Date | null;
}
