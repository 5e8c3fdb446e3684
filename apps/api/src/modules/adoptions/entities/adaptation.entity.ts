import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import type { AdaptationDecision } from '../adoption.enums';
import { AdoptionEntity } from './adoption.entity';

/** Adaptation log: what an adopter kept, adapted (how) or dropped (why). */
@Entity('adoption_adaptation')
@Index('ix_adoption_adaptation_adoption', ['adoptionId'])
export class AdaptationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'adoption_id', type: 'uuid' })
  adoptionId!: string;

  @ManyToOne(() => AdoptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'adoption_id' })
  adoption?: AdoptionEntity;

  /** The origin's core component this entry is about. */
  @Column({ type: 'varchar', length: 300 })
  component!: string;

  @Column({ type: 'varchar', length: 20 })
  decision!: AdaptationDecision;

  /** How it was adapted, or why it was dropped. */
  @Column({ type: 'text', default: '' })
  detail!: string;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
