import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';

import { OrganisationEntity } from './organisation.entity';

/**
 * A duplicate organisation merged into a survivor: its old id keeps
 * resolving (its page redirects) after its row is removed.
 */
@Entity('organisation_merge')
@Index('ix_organisation_merge_survivor', ['survivorId'])
export class OrganisationMergeEntity {
  /** The removed duplicate's id. */
  @PrimaryColumn({ name: 'duplicate_id', type: 'uuid' })
  duplicateId!: string;

  @Column({ name: 'survivor_id', type: 'uuid' })
  survivorId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survivor_id' })
  survivor?: OrganisationEntity;

  @Column({ name: 'merged_by_id', type: 'uuid', nullable: true })
  mergedById!: string | null;

  @CreateDateColumn({ name: 'merged_at', type: 'timestamptz' })
  mergedAt!: Date;
}
