import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { OrganisationTypeEntity } from './organisation-type.entity';

@Entity('organisation')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_organisation_name', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'type_key', type: 'varchar', length: 60 })
  typeKey!: string;

  @ManyToOne(() => OrganisationTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'type_key' })
  type?: OrganisationTypeEntity;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Where a demo record came from (kept visible to readers). */
  @Column({ type: 'text', nullable: true })
  source!: string | null;

  /** Lower-cased email domains it owns: a confirmed address on one verifies membership. */
  @Column({ name: 'email_domains', type: 'text', array: true, default: () => "'{}'" })
  emailDomains!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
