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

import { MetricEntity } from '../../metrics/entities/metric.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { ReviewCadence } from '../commitment.enums';

const numeric = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

/** A public commitment made by an organisation or a partnership, with its review cadence. */
@Entity('commitment')
@Index('ix_commitment_next_update_due', ['nextUpdateDue'])
export class CommitmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title!: string | null;

  @Column({ type: 'text' })
  statement!: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  cadence!: ReviewCadence;

  /** The measurable target, when there is one: a metric, a value and a date. */
  @Column({ name: 'metric_key', type: 'varchar', length: 60, nullable: true })
  metricKey!: string | null;

  @ManyToOne(() => MetricEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'metric_key' })
  metric?: MetricEntity | null;

  @Column({
    name: 'target_value',
    type: 'numeric',
    precision: 18,
    scale: 4,
    nullable: true,
    transformer: numeric,
  })
  targetValue!: number | null;

  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate!: string | null;

  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true, transformer: numeric })
  baseline!: number | null;

  @Column({ name: 'source_title', type: 'varchar', length: 500, nullable: true })
  sourceTitle!: string | null;

  @Column({ name: 'source_url', type: 'varchar', length: 1000, nullable: true })
  sourceUrl!: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** When the next progress update is due (from the cadence and the last update, or creation). */
  @Column({ name: 'next_update_due', type: 'date' })
  nextUpdateDue!: string;

  /** The due date the owner was last emailed about as overdue (one email per due date). */
  @Column({ name: 'overdue_notified_for', type: 'date', nullable: true })
  overdueNotifiedFor!: string | null;
}
