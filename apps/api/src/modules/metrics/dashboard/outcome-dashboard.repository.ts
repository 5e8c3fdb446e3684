import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { DashboardPeriod } from '../../../common/dashboards/dashboard-measure';
import { MetricEntity } from '../entities/metric.entity';
import type { FigureRow, OutcomeTotalRow } from './outcome-aggregation';

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

/** The practice whose figures count (practice key → its ICS), as parameters: case study and adoption ids, each with its ICS. */
function practiceParams(practices: ReadonlyMap<string, string | null>): unknown[] {
  const cs: string[] = [];
  const csIcs: (string | null)[] = [];
  const ad: string[] = [];
  const adIcs: (string | null)[] = [];
  for (const [key, ics] of practices) {
    if (key.startsWith('cs:')) {
      cs.push(key.slice(3));
      csIcs.push(ics);
    } else {
      ad.push(key.slice(3));
      adIcs.push(ics);
    }
  }
  return [cs, csIcs, ad, adIcs];
}

/**
 * Joins figures `f` (with case_study_id and adoption_id) to the counted
 * practice passed as $1..$4 (ids and ICSs), giving each its ICS as `ics`;
 * figures of practice that does not count are dropped.
 */
const COUNTED = `LEFT JOIN unnest($1::uuid[], $2::text[]) AS pc(id, ics) ON pc.id = f.case_study_id
  LEFT JOIN unnest($3::uuid[], $4::text[]) AS pa(id, ics) ON pa.id = f.adoption_id
  WHERE pc.id IS NOT NULL OR pa.id IS NOT NULL`;

interface RawTotal {
  metric_key: string;
  cumulative: boolean;
  ics: string | null;
  qualifier: string | null;
  sum: number;
  basis: number;
}

const toTotal = (r: RawTotal): OutcomeTotalRow => ({
  metricKey: r.metric_key,
  cumulative: r.cumulative,
  icsOdsCode: r.ics,
  qualifier: r.qualifier,
  sum: r.sum,
  basis: r.basis,
});

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

  /**
   * What `figuresFor` returns, counted for `practices` and summed per metric,
   * kind, ICS and qualifier (a few hundred rows, not one per figure).
   * One statement.
   */
  async totalsFor(
    period: DashboardPeriod | null,
    practices: ReadonlyMap<string, string | null>,
  ): Promise<OutcomeTotalRow[]> {
    const rows: RawTotal[] = await this.db.query(
      `WITH latest AS (
         (SELECT DISTINCT ON (m.case_study_id, m.adoption_id, m.metric_key)
                 m.case_study_id, m.adoption_id, m.metric_key, m.cumulative, m.value, m.qualifier
            FROM outcome_measurement m
           WHERE ${CURRENT} AND NOT m.cumulative
             AND ($5::date IS NULL OR m.measured_on >= $5::date) AND ($6::date IS NULL OR m.measured_on < $6::date)
           ${LATEST}, ${NEWEST})
         UNION ALL
         (SELECT DISTINCT ON (m.case_study_id, m.adoption_id, m.metric_key)
                 m.case_study_id, m.adoption_id, m.metric_key, m.cumulative, m.value, m.qualifier
            FROM outcome_measurement m
           WHERE ${CURRENT} AND m.cumulative AND ($6::date IS NULL OR m.measured_on < $6::date)
           ${LATEST}, ${NEWEST}))
       SELECT f.metric_key, f.cumulative, COALESCE(pc.ics, pa.ics) AS ics, f.qualifier,
              sum(f.value)::float8 AS sum, count(*)::int AS basis
         FROM latest f
         ${COUNTED}
        GROUP BY f.metric_key, f.cumulative, COALESCE(pc.ics, pa.ics), f.qualifier`,
      [...practiceParams(practices), day(period?.from), day(period?.to)],
    );
    return rows.map(toTotal);
  }

  /**
   * What `quarterlyFigures` returns, counted for `practices` (one ICS's) and
   * summed per metric and quarter: `quarter` is the first day of the
   * calendar quarter (financial quarters start on the same days). One statement.
   */
  async quarterlyTotals(
    from: Date,
    to: Date,
    practices: ReadonlyMap<string, string | null>,
  ): Promise<(OutcomeTotalRow & { quarter: string })[]> {
    const rows: (RawTotal & { quarter: string })[] = await this.db.query(
      `WITH latest AS (
         SELECT DISTINCT ON (m.case_study_id, m.adoption_id, m.metric_key, date_trunc('quarter', m.measured_on))
                m.case_study_id, m.adoption_id, m.metric_key, m.value, m.qualifier,
                date_trunc('quarter', m.measured_on::timestamp)::date::text AS quarter
           FROM outcome_measurement m
          WHERE ${CURRENT} AND NOT m.cumulative AND m.measured_on >= $5::date AND m.measured_on < $6::date
          ${LATEST}, date_trunc('quarter', m.measured_on), ${NEWEST})
       SELECT f.metric_key, f.quarter, false AS cumulative, null::text AS ics, f.qualifier,
              sum(f.value)::float8 AS sum, count(*)::int AS basis
         FROM latest f
         ${COUNTED}
        GROUP BY f.metric_key, f.quarter, f.qualifier`,
      [...practiceParams(practices), day(from), day(to)],
    );
    return rows.map((r) => ({ ...toTotal(r), quarter: r.quarter }));
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
