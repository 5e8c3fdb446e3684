import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A member's filled-in assessment form (save and resume, then submit). */
@Entity('assessment')
@Index('ix_assessment_user', ['userId', 'updatedAt'])
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'toolkit_version_id', type: 'uuid' })
  toolkitVersionId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  answers!: Record<string, string | number>;

  /** DRAFT or SUBMITTED. */
  @Column({ type: 'varchar', length: 10, default: 'DRAFT' })
  status!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;
}
