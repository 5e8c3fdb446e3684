import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A shared toolkit owned by an organisation; content lives in versions. */
@Entity('toolkit')
export class ToolkitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_toolkit_slug', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'owner_organisation_id', type: 'uuid' })
  ownerOrganisationId!: string;

  @Column({ name: 'theme_keys', type: 'text', array: true, default: () => "'{}'" })
  themeKeys!: string[];

  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
