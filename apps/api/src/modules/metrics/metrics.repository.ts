import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';

import { MetricEntity } from './entities/metric.entity';
import type { MetricDirection } from './metric.enums';
import { OutcomeMeasurementEntity } from './entities/outcome-measurement.entity';

interface LatestRow {
  id: string;
  case_study_id: string;
  metric_key: string;
  value: number;
  baseline: number | null;
  qualifier: string | null;
  measured_on: string;
  period_start: string | null;
  source_title: string | null;
  source_url: string | null;
  note: string | null;
  created_by_id: string | null;
  created_at: Date;
  cumulative: boolean;
  label: string;
  unit: string;
  definition: string;
  direction: MetricDirection;
  per_population: boolean;
  sort_order: number;
  theme_key: string | null;
}

/** All SQL for the metric dictionary and outcome measurements. */
@Injectable()
export class MetricsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findMetrics(): Promise<MetricEntity[]> {
    return this.db.getRepository(MetricEntity).find({ order: { sortOrder: 'ASC', label: 'ASC' } });
  }

  findMetric(key: string): Promise<MetricEntity | null> {
    return this.db.getRepository(MetricEntity).findOneBy({ key });
  }

  async upsertMetric(row: Omit<MetricEntity, 'sortOrder' | 'theme'>): Promise<MetricEntity> {
    await this.db
      .createQueryBuilder()
      .insert()
      .into(MetricEntity)
      .values({ ...row, sortOrder: 1000 })
      .orUpdate(
        ['label', 'unit', 'definition', 'direction', 'per_population', 'theme_key'],
        ['key'],
      )
      .execute();
    return this.db.getRepository(MetricEntity).findOneByOrFail({ key: row.key });
  }

  /** Every current measurement (not corrected, not removed) of the given case studies (or adoptions), with metrics, oldest first. */
  findMeasurements(
    owner: 'caseStudyId' | 'adoptionId',
    ids: readonly string[],
  ): Promise<OutcomeMeasurementEntity[]> {
    return this.db.getRepository(OutcomeMeasurementEntity).find({
      where: { [owner]: In([...ids]), supersededAt: IsNull(), removedAt: IsNull() },
      relations: { metric: true },
      order: { measuredOn: 'ASC', createdAt: 'ASC' },
    });
  }

  /**
   * The latest measurement per (case study, metric), with its metric: one
   * statement, raw rows mapped by hand (a hot list path).
   */
  async findLatestForCaseStudies(ids: readonly string[]): Promise<OutcomeMeasurementEntity[]> {
    const rows: LatestRow[] = await this.db.query(
      `SELECT DISTINCT ON (m.case_study_id, m.metric_key)
              m.id, m.case_study_id, m.metric_key, m.value::float8 AS value, m.baseline::float8 AS baseline,
              m.qualifier, m.measured_on::text AS measured_on, m.period_start::text AS period_start,
              m.source_title, m.source_url, m.note, m.created_by_id, m.created_at, m.cumulative,
              k.label, k.unit, k.definition, k.direction, k.per_population, k.sort_order, k.theme_key
         FROM outcome_measurement m JOIN metric k ON k.key = m.metric_key
        WHERE m.case_study_id = ANY($1::uuid[]) AND m.superseded_at IS NULL AND m.removed_at IS NULL
        ORDER BY m.case_study_id, m.metric_key, m.measured_on DESC, m.created_at DESC`,
      [[...ids]],
    );
    return rows.map((r) => ({
      id: r.id,
      caseStudyId: r.case_study_id,
      adoptionId: null,
      metricKey: r.metric_key,
      value: r.value,
      baseline: r.baseline,
      qualifier: r.qualifier,
      measuredOn: r.measured_on,
      periodStart: r.period_start,
      sourceTitle: r.source_title,
      sourceUrl: r.source_url,
      note: r.note,
      createdById: r.created_by_id,
      createdAt: r.created_at,
      cumulative: r.cumulative,
      supersededAt: null,
      supersededById: null,
      removedAt: null,
      removedById: null,
      removalReason: null,
      metric: {
        key: r.metric_key,
        label: r.label,
        unit: r.unit,
        definition: r.definition,
        direction: r.direction,
        perPopulation: r.per_population,
        sortOrder: r.sort_order,
        themeKey: r.theme_key,
      },
    }));
  }

  insertMeasurement(
    row: Omit<
      OutcomeMeasurementEntity,
      | 'id'
      | 'createdAt'
      | 'metric'
      | 'caseStudy'
      | 'adoption'
      | 'supersededBy'
      | 'supersededAt'
      | 'supersededById'
      | 'removedAt'
      | 'removedById'
      | 'removalReason'
    >,
  ): Promise<OutcomeMeasurementEntity> {
    const repo = this.db.getRepository(OutcomeMeasurementEntity);
    return repo.save(repo.create(row));
  }
}
