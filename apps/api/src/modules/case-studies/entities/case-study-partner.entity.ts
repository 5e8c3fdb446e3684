import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { OrganisationEntity } from '../../directory/entities/organisation.entity';
import { CaseStudyEntity } from './case-study.entity';

/** A partner organisation and its role; linked to the directory when it is listed there. */
@Entity('case_study_partner')
@Index('ix_case_study_partner_case_study', ['caseStudyId'])
export class CaseStudyPartnerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_study_id', type: 'uuid' })
  caseStudyId!: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy?: CaseStudyEntity;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity | null;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 300, default: '' })
  role!: string;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;
}
