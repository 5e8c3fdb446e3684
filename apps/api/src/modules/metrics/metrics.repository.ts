import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not } from 'typeorm';

import { updateReturning } from '../../database/returned-rows';
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
      correctionReason: null,
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
    row: Omit<NewMeasurementRow, 'correctionReason'>,
  ): Promise<OutcomeMeasurementEntity> {
    const repo = this.db.getRepository(OutcomeMeasurementEntity);
    return repo.save(repo.create(row));
  }

  findMeasurementById(id: string): Promise<OutcomeMeasurementEntity | null> {
    return this.db
      .getRepository(OutcomeMeasurementEntity)
      .findOne({ where: { id }, relations: { metric: true } });
  }

  /**
   * Inserts the correction and marks `oldId` superseded by it, in one
   * transaction. The conditional UPDATE decides the race: of two parallel
   * corrections only one finds the old figure still current; the other
   * returns null and its insert is rolled back.
   */
  async correctMeasurement(
    oldId: string,
    row: NewMeasurementRow,
  ): Promise<OutcomeMeasurementEntity | null> {
    return this.db
      .transaction(async (manager) => {
        const repo = manager.getRepository(OutcomeMeasurementEntity);
        const saved = await repo.save(repo.create(row));
        const updated = await updateReturning(
          manager,
          `UPDATE outcome_measurement SET superseded_at = now(), superseded_by_id = $2
            WHERE id = $1 AND superseded_at IS NULL AND removed_at IS NULL
           RETURNING id`,
          [oldId, saved.id],
        );
        if (updated.length === 0) throw new LostRace();
        return saved;
      })
      .catch((e: unknown) => {
        if (e instanceof LostRace) return null;
        throw e;
      });
  }

  /** Marks a current figure removed; false when it was no longer current. */
  async removeMeasurement(id: string, removedById: string, reason: string): Promise<boolean> {
    const rows = await updateReturning(
      this.db,
      `UPDATE outcome_measurement SET removed_at = now(), removed_by_id = $2, removal_reason = $3
        WHERE id = $1 AND superseded_at IS NULL AND removed_at IS NULL
       RETURNING id`,
      [id, removedById, reason],
    );
    return rows.length > 0;
  }

  /**
   * For each given figure, the earlier figures it corrected (the whole chain),
   * newest first, with `rootId` naming the figure asked about. One statement.
   */
  async findEarlierVersions(
    ids: readonly string[],
  ): Promise<{ rootId: string; row: OutcomeMeasurementEntity }[]> {
    const chain: { root_id: string; id: string; depth: number }[] = await this.db.query(
      `WITH RECURSIVE chain(root_id, id, depth) AS (
         SELECT o.superseded_by_id, o.id, 1 FROM outcome_measurement o
          WHERE o.superseded_by_id = ANY($1::uuid[])
         UNION ALL
         SELECT c.root_id, o.id, c.depth + 1 FROM outcome_measurement o
           JOIN chain c ON o.superseded_by_id = c.id
          WHERE c.depth < 100
       )
       SELECT root_id, id, depth FROM chain ORDER BY root_id, depth`,
      [[...ids]],
    );
    if (chain.length === 0) return [];
    const rows = await this.db.getRepository(OutcomeMeasurementEntity).find({
      where: { id: In(chain.map((c) => c.id)) },
      relations: { metric: true },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return chain.flatMap((c) => {
      const row = byId.get(c.id);
      return row ? [{ rootId: c.root_id, row }] : [];
    });
  }

  /** Removed figures of the given case studies, most recently removed first. */
  findRemovedForCaseStudies(ids: readonly string[]): Promise<OutcomeMeasurementEntity[]> {
    return this.db.getRepository(OutcomeMeasurementEntity).find({
      where: { caseStudyId: In([...ids]), removedAt: Not(IsNull()) },
      relations: { metric: true },
      order: { removedAt: 'DESC' },
    });
  }
}

class LostRace extends Error {}

export type NewMeasurementRow = Omit<
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
>;
