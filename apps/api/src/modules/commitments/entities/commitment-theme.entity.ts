import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { ThemeEntity } from '../../directory/entities/theme.entity';
import { CommitmentEntity } from './commitment.entity';

@Entity('commitment_theme')
@Index('ix_commitment_theme_theme', ['themeKey'])
export class CommitmentThemeEntity {
  @PrimaryColumn({ name: 'commitment_id', type: 'uuid' })
  commitmentId!: string;

  @PrimaryColumn({ name: 'theme_key', type: 'varchar', length: 60 })
  themeKey!: string;

  @ManyToOne(() => CommitmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: CommitmentEntity;

  @ManyToOne(() => ThemeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'theme_key' })
  theme?: ThemeEntity;
}
