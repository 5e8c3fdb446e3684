import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import type { AdoptionStage } from '../adoption.enums';
import { AdoptionEntity } from './adoption.entity';

/** Dated history of an adoption's stages. */
@Entity('adoption_stage_change')
@Index('ix_adoption_stage_change_adoption', ['adoptionId', 'changedOn'])
export class AdoptionStageChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'adoption_id', type: 'uuid' })
  adoptionId!: string;

  @ManyToOne(() => AdoptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'adoption_id' })
  adoption?: AdoptionEntity;

  @Column({ type: 'varchar', length: 20 })
  stage!: AdoptionStage;

  @Column({ name: 'changed_on', type: 'date' })
  changedOn!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'changed_by_id', type: 'uuid', nullable: true })
  changedById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
