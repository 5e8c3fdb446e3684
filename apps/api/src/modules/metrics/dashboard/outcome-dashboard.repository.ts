import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { DashboardPeriod } from '../../../common/dashboards/dashboard-measure';
import { MetricEntity } from '../entities/metric.entity';
import type { FigureRow } from './outcome-aggregation';

interface RawFigure {
  id: string;
  case_study_id: string | null;
  adoption_id: string | null;
  metric_key: string;
  value: number;
  qualifier: string | null;
  measured_on: string;
  period_start: string | null;
  cumulative: boolean;
  created_at: Date;
  source_title: string | null;
  source_url: string | null;
}

const COLUMNS = `m.id, m.case_study_id, m.adoption_id, m.metric_key, m.value::float8 AS value, m.qualifier,
  m.measured_on::text AS measured_on, m.period_start::text AS period_start, m.cumulative, m.created_at,
  m.source_title, m.source_url`;
const CURRENT = 'm.superseded_at IS NULL AND m.removed_at IS NULL';
// Qualified: the output column measured_on is text, and sorting text dates is several times slower.
const LATEST = 'ORDER BY m.case_study_id, m.adoption_id, m.metric_key';
const NEWEST = 'm.measured_on DESC, m.created_at DESC, m.id DESC';

const day = (d: Date | undefined): string | null => (d ? d.toISOString().slice(0, 10) : null);

const toFigure = (r: RawFigure): FigureRow => ({
  id: r.id,
  caseStudyId: r.case_study_id,
  adoptionId: r.adoption_id,
  metricKey: r.metric_key,
  value: r.value,
  qualifier: r.qualifier,
  measuredOn: r.measured_on,
  periodStart: r.period_start,
  cumulative: r.cumulative,
  createdAt: r.created_at,
  sourceTitle: r.source_title,
  sourceUrl: r.source_url,
});

/**
 * The outcome figures dashboards count, narrowed in SQL to the candidates the
 * aggregation rules can pick (the latest per practice and metric), so the rows
 * read do not grow with the history of each series. One statement each.
 */
@Injectable()
export class OutcomeDashboardRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A metric of the dictionary (the figures page's heading). */
  findMetric(key: string): Promise<MetricEntity | null> {
    return this.db.getRepository(MetricEntity).findOneBy({ key });
  }

  /** In-period figures ending in the period and running totals up to its end (latest of each). */
  async figuresFor(
    period: DashboardPeriod | null,
    metricKey: string | null = null,
  ): Promise<FigureRow[]> {
    const rows: RawFigure[] = await this.db.query(
      `(SELECT DISTINCT ON (m.case_study_id, m.adoption_id, m.metric_key) ${COLUMNS}
          FROM outcome_measurement m
         WHERE ${CURRENT} AND NOT m.cumulative
           AND ($1::date IS NULL OR m.measured_on >= $1::date) AND ($2::date IS NULL OR m.measured_on < $2::date)
           AND ($3::text IS NULL OR m.metric_key = $3)
         ${LATEST}, ${NEWEST})
       UNION ALL
       (SELECT DISTINCT ON (m.case_study_id, m.adoption_id, m.metric_key) ${COLUMNS}
          FROM outcome_measurement m
         WHERE ${CURRENT} AND m.cumulative AND ($2::date IS NULL OR m.measured_on < $2::date)
           AND ($3::text IS NULL OR m.metric_key = $3)
         ${LATEST}, ${NEWEST})`,
      [day(period?.from), day(period?.to), metricKey],
    );
    return rows.map(toFigure);
  }

  /** In-period figures between two dates, the latest of each practice, metric and quarter (for trends). */
  async quarterlyFigures(from: Date, to: Date): Promise<FigureRow[]> {
    const rows: RawFigure[] = await this.db.query(
      `SELECT DISTINCT ON (m.case_study_id, m.adoption_id, m.metric_key, date_trunc('quarter', m.measured_on)) ${COLUMNS}
         FROM outcome_measurement m
        WHERE ${CURRENT} AND NOT m.cumulative AND m.measured_on >= $1::date AND m.measured_on < $2::date
        ${LATEST}, date_trunc('quarter', m.measured_on), ${NEWEST}`,
      [day(from), day(to)],
    );
    return rows.map(toFigure);
  }
}
