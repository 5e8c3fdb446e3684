import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { AdoptionEntity } from '../../adoptions/entities/adoption.entity';
import { CaseStudyEntity } from '../../case-studies/entities/case-study.entity';
import { AssessmentEntity } from './assessment.entity';

/**
 * A submitted assessment attached to a case study or to an adoption (exactly
 * one of the two), as evidence shown on its page.
 */
@Entity('assessment_link')
@Check('ck_assessment_link_one_target', '(case_study_id IS NULL) <> (adoption_id IS NULL)')
@Index('uq_assessment_link_case_study', ['assessmentId', 'caseStudyId'], {
  unique: true,
  where: 'case_study_id IS NOT NULL',
})
@Index('uq_assessment_link_adoption', ['assessmentId', 'adoptionId'], {
  unique: true,
  where: 'adoption_id IS NOT NULL',
})
@Index('ix_assessment_link_case_study', ['caseStudyId'])
@Index('ix_assessment_link_adoption', ['adoptionId'])
export class AssessmentLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: AssessmentEntity;

  @Column({ name: 'case_study_id', type: 'uuid', nullable: true })
  caseStudyId!: string | null;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy?: CaseStudyEntity;

  @Column({ name: 'adoption_id', type: 'uuid', nullable: true })
  adoptionId!: string | null;

  @ManyToOne(() => AdoptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'adoption_id' })
  adoption?: AdoptionEntity;

  @Column({ name: 'linked_by_id', type: 'uuid' })
  linkedById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
