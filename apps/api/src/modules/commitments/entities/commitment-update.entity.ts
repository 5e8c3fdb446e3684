import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { UserEntity } from '../../users/entities/user.entity';
import { RagStatus } from '../commitment.enums';
import { CommitmentEntity } from './commitment.entity';

/** A dated progress update on a commitment. */
@Entity('commitment_update')
@Index('ix_commitment_update_commitment', ['commitmentId', 'reportedOn'])
export class CommitmentUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId!: string;

  @ManyToOne(() => CommitmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: CommitmentEntity;

  @Column({ name: 'reported_on', type: 'date' })
  reportedOn!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: RagStatus;

  @Column({ type: 'text' })
  narrative!: string;

  /** Progress towards the target, in the target's unit. */
  @Column({
    name: 'progress_value',
    type: 'numeric',
    precision: 18,
    scale: 4,
    nullable: true,
    transformer: {
      to: (v: number | null | undefined) => v,
      from: (v: string | null) => (v === null ? null : Number(v)),
    },
  })
  progressValue!: number | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
