import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { ThemeEntity } from '../../directory/entities/theme.entity';

import type { MetricDirection } from '../metric.enums';

/** An entry in the regional metric dictionary. */
@Entity('metric')
export class MetricEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  key!: string;

  @Column({ type: 'varchar', length: 200 })
  label!: string;

  /** e.g. people, GBP, percent, tCO2e. */
  @Column({ type: 'varchar', length: 40 })
  unit!: string;

  @Column({ type: 'text' })
  definition!: string;

  @Column({ type: 'varchar', length: 20 })
  direction!: MetricDirection;

  /** Counts can be compared per 100,000 residents; rates and percentages cannot. */
  @Column({ name: 'per_population', type: 'boolean', default: false })
  perPopulation!: boolean;

  /** The 4th-purpose theme the metric reports on, for the dashboards' headlines. */
  @Column({ name: 'theme_key', type: 'varchar', length: 60, nullable: true })
  themeKey!: string | null;

  @ManyToOne(() => ThemeEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'theme_key' })
  theme?: ThemeEntity | null;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;
}
