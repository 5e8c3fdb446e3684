import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { ThemeEntity } from '../../directory/entities/theme.entity';
import { CaseStudyEntity } from './case-study.entity';

@Entity('case_study_theme')
@Index('ix_case_study_theme_theme', ['themeKey'])
export class CaseStudyThemeEntity {
  @PrimaryColumn({ name: 'case_study_id', type: 'uuid' })
  caseStudyId!: string;

  @PrimaryColumn({ name: 'theme_key', type: 'varchar', length: 60 })
  themeKey!: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy?: CaseStudyEntity;

  @ManyToOne(() => ThemeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'theme_key' })
  theme?: ThemeEntity;
}
