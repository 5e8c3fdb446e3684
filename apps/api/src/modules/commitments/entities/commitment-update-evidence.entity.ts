import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { EvidenceKind } from '../commitment.enums';
import { CommitmentUpdateEntity } from './commitment-update.entity';

/** A link from a progress update to what shows it: a case study, a measurement, an event, a file or a web page. */
@Entity('commitment_update_evidence')
@Index('ix_commitment_update_evidence_update', ['updateId'])
export class CommitmentUpdateEvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'update_id', type: 'uuid' })
  updateId!: string;

  @ManyToOne(() => CommitmentUpdateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'update_id' })
  update?: CommitmentUpdateEntity;

  @Column({ type: 'varchar', length: 20 })
  kind!: EvidenceKind;

  /** The case study, measurement, event or file (null for a LINK). */
  @Column({ name: 'target_id', type: 'uuid', nullable: true })
  targetId!: string | null;

  /** Where it is read: a web page for a LINK, the product path for the others. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  url!: string | null;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;
}
