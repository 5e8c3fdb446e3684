import type {
  ComputedMeasure,
  DashboardMeasureDefinition,
  DashboardPeriod,
  MeasureSource,
  MeasureValue,
} from '../../../common/dashboards/dashboard-measure';

/**
 * The aggregation rules for outcome figures, as pure functions (each rule has
 * a hand-computed fixture in the spec). The wording shown to people is in
 * `modules/dashboards/aggregation-rules.ts`; keep the two in step.
 */

/** A practice whose figures count: a published case study or an adoption of one. */
export interface PracticeRef {
  /** `cs:<case study id>` or `ad:<adoption id>`. */
  key: string;
  title: string;
  url: string;
  /** The ICS its figures count for: the case study's, or the adopting organisation's. */
  icsOdsCode: string | null;
}

/** One current (not corrected, not removed) outcome figure. */
export interface FigureRow {
  id: string;
  caseStudyId: string | null;
  adoptionId: string | null;
  metricKey: string;
  value: number;
  qualifier: string | null;
  /** YYYY-MM-DD: the end of its period, or its point in time. */
  measuredOn: string;
  periodStart: string | null;
  cumulative: boolean;
  createdAt: Date;
  sourceTitle: string | null;
  sourceUrl: string | null;
}

export interface MetricDef {
  key: string;
  label: string;
  unit: string;
  themeKey: string | null;
  perPopulation: boolean;
}

export const practiceKeyOf = (row: Pick<FigureRow, 'caseStudyId' | 'adoptionId'>): string =>
  row.caseStudyId ? `cs:${row.caseStudyId}` : `ad:${row.adoptionId}`;

const LOWER_BOUND = /^(more than|over|at least|in excess of|upwards of|greater than|>|≥|\+)/i;

/** "more than 150", "over £1.2m", "at least 20": the stated value is a lower bound. */
export function isLowerBound(qualifier: string | null): boolean {
  return qualifier !== null && LOWER_BOUND.test(qualifier.trim());
}

/** Percentages and rates are averaged, never added. */
export const isRate = (unit: string): boolean => /^(percent|%|rate|ratio)$/i.test(unit.trim());

const day = (d: Date): string => d.toISOString().slice(0, 10);

/** The period's bounds as YYYY-MM-DD, computed once per call rather than once per figure. */
function bounds(period: DashboardPeriod | null): { from: string; to: string } | null {
  return period ? { from: day(period.from), to: day(period.to) } : null;
}

const newer = (a: FigureRow, b: FigureRow): boolean =>
  a.measuredOn > b.measuredOn ||
  (a.measuredOn === b.measuredOn && a.createdAt.getTime() > b.createdAt.getTime());

/**
 * The figures that count: per (practice, metric), the latest figure of the
 * kind (in-period or cumulative) that qualifies for the period. Figures of
 * practice that does not count (not published, another theme) are dropped.
 */
export function countedFigures(
  figures: readonly FigureRow[],
  practices: ReadonlyMap<string, PracticeRef>,
  period: DashboardPeriod | null,
  cumulative: boolean,
): FigureRow[] {
  const latest = new Map<string, FigureRow>();
  const range = bounds(period);
  for (const f of figures) {
    if (f.cumulative !== cumulative) continue;
    // Cumulative: up to the end of the period; in-period: ending in it.
    if (range && (f.measuredOn >= range.to || (!cumulative && f.measuredOn < range.from))) continue;
    const practice = practiceKeyOf(f);
    if (!practices.has(practice)) continue;
    const key = `${practice}|${f.metricKey}`;
    const current = latest.get(key);
    if (!current || newer(f, current)) latest.set(key, f);
  }
  return [...latest.values()];
}

/**
 * Counted figures summed in advance (by SQL, over the same figures
 * `countedFigures` picks): their sum, how many, and their distinct qualifiers.
 */
export interface FigureTotal {
  sum: number;
  basis: number;
  qualifiers: readonly (string | null)[];
}

/** Sums (or, for rates, averages) counted figures; "more than" makes the total "at least". */
export function combine(figures: readonly FigureRow[], rate: boolean): MeasureValue {
  return combineTotal(
    {
      sum: figures.reduce((total, f) => total + f.value, 0),
      basis: figures.length,
      qualifiers: figures.map((f) => f.qualifier),
    },
    rate,
  );
}

/** `combine` over figures already summed: the same rounding, averaging and "at least". */
export function combineTotal(total: FigureTotal, rate: boolean): MeasureValue {
  if (!total.basis) return { value: null, atLeast: false, basis: 0 };
  const value = rate
    ? Math.round((total.sum / total.basis) * 100) / 100
    : Math.round(total.sum * 10000) / 10000;
  return { value, atLeast: total.qualifiers.some(isLowerBound), basis: total.basis };
}

function measureFor(
  metric: MetricDef,
  counted: readonly FigureRow[],
  practices: ReadonlyMap<string, PracticeRef>,
  cumulative: boolean,
): ComputedMeasure {
  const rate = isRate(metric.unit);
  const byIcsRows = new Map<string, FigureRow[]>();
  const practiceOf = counted.map((f) => practices.get(practiceKeyOf(f)));
  counted.forEach((f, i) => {
    const ics = practiceOf[i]?.icsOdsCode;
    if (!ics) return; // region only
    const list = byIcsRows.get(ics) ?? [];
    list.push(f);
    byIcsRows.set(ics, list);
  });
  const byIcs = new Map<string, MeasureValue>();
  for (const [ics, rows] of byIcsRows) byIcs.set(ics, combine(rows, rate));
  const sources: MeasureSource[] = counted.map((f, i) => {
    const practice = practiceOf[i];
    return {
      icsOdsCode: practice?.icsOdsCode ?? null,
      about: practice?.title ?? '',
      value: f.value,
      qualifier: f.qualifier,
      measuredOn: f.measuredOn,
      sourceTitle: f.sourceTitle,
      sourceUrl: f.sourceUrl,
    };
  });
  return {
    ...outcomeDefinition(metric, cumulative),
    byIcs,
    region: combine(counted, rate),
    sources,
  };
}

/** What an outcome measure is (its key, label and how it is calculated), before it is computed. */
function outcomeDefinition(metric: MetricDef, cumulative: boolean): DashboardMeasureDefinition {
  const rate = isRate(metric.unit);
  const how = rate
    ? 'Average of the latest'
    : cumulative
      ? 'Sum of the latest running total'
      : 'Sum of the latest in-period figure';
  return {
    key: cumulative ? `outcomes.${metric.key}.cumulative` : `outcomes.${metric.key}`,
    group: 'OUTCOMES',
    label: cumulative ? `${metric.label} (running totals)` : metric.label,
    unit: metric.unit,
    themeKey: metric.themeKey,
    aggregation: cumulative
      ? `${how} of each practice up to the end of the period (${metric.unit}); never added to in-period figures.`
      : `${how}${rate ? ' in-period figure of each practice' : ' of each practice'} ending in the period (${metric.unit}).`,
    perPopulation: metric.perPopulation && !rate,
    figuresPath: `/impact/figures?metric=${encodeURIComponent(metric.key)}${cumulative ? '&running=1' : ''}`,
  };
}

/**
 * Every metric's in-period measure (always, so headline metrics show "no
 * data" rather than vanish) and, where running totals exist, its cumulative
 * measure beside it.
 */
export function aggregateOutcomes(
  metrics: readonly MetricDef[],
  figures: readonly FigureRow[],
  practices: ReadonlyMap<string, PracticeRef>,
  period: DashboardPeriod | null,
): ComputedMeasure[] {
  const inPeriodRows = groupByMetric(countedFigures(figures, practices, period, false));
  const cumulativeRows = groupByMetric(countedFigures(figures, practices, period, true));
  const out: ComputedMeasure[] = [];
  for (const metric of metrics) {
    out.push(measureFor(metric, inPeriodRows.get(metric.key) ?? [], practices, false));
    const running = cumulativeRows.get(metric.key);
    if (running?.length) out.push(measureFor(metric, running, practices, true));
  }
  return out;
}

function groupByMetric(rows: readonly FigureRow[]): Map<string, FigureRow[]> {
  const out = new Map<string, FigureRow[]>();
  for (const row of rows) {
    const list = out.get(row.metricKey) ?? [];
    list.push(row);
    out.set(row.metricKey, list);
  }
  return out;
}

/**
 * Counted figures of a metric and kind that count for one ICS (null: practice
 * with no ICS, for the region only) and share one qualifier, summed. An ICS's
 * total is the sum of its rows; the region's, the sum of them all.
 */
export interface OutcomeTotalRow {
  metricKey: string;
  cumulative: boolean;
  icsOdsCode: string | null;
  qualifier: string | null;
  sum: number;
  basis: number;
}

/** Adds total rows up (sums and counts added, qualifiers listed). */
export function addTotals(rows: readonly OutcomeTotalRow[]): FigureTotal {
  let sum = 0;
  let basis = 0;
  for (const r of rows) {
    sum += r.sum;
    basis += r.basis;
  }
  return { sum, basis, qualifiers: rows.map((r) => r.qualifier) };
}

/**
 * `aggregateOutcomes` over totals summed in SQL (`OutcomeDashboardRepository.totalsFor`,
 * which picks the figures as `countedFigures` does): the same measures, in the
 * same order, without their sources (a board pack asks for those).
 */
export function outcomesFromTotals(
  metrics: readonly MetricDef[],
  totals: readonly OutcomeTotalRow[],
): ComputedMeasure[] {
  const key = (metricKey: string, cumulative: boolean) => `${metricKey}|${cumulative}`;
  const byMeasure = new Map<string, OutcomeTotalRow[]>();
  for (const t of totals) {
    const k = key(t.metricKey, t.cumulative);
    const list = byMeasure.get(k) ?? [];
    list.push(t);
    byMeasure.set(k, list);
  }
  const measure = (metric: MetricDef, cumulative: boolean, rows: readonly OutcomeTotalRow[]) => {
    const rate = isRate(metric.unit);
    const byIcsRows = new Map<string, OutcomeTotalRow[]>();
    for (const row of rows) {
      if (!row.icsOdsCode) continue; // region only
      const list = byIcsRows.get(row.icsOdsCode) ?? [];
      list.push(row);
      byIcsRows.set(row.icsOdsCode, list);
    }
    const byIcs = new Map<string, MeasureValue>();
    for (const [ics, list] of byIcsRows) byIcs.set(ics, combineTotal(addTotals(list), rate));
    const region = combineTotal(addTotals(rows), rate);
    return { ...outcomeDefinition(metric, cumulative), byIcs, region, sources: [] };
  };
  const out: ComputedMeasure[] = [];
  for (const metric of metrics) {
    out.push(measure(metric, false, byMeasure.get(key(metric.key, false)) ?? []));
    const running = byMeasure.get(key(metric.key, true));
    if (running?.some((r) => r.basis > 0)) out.push(measure(metric, true, running));
  }
  return out;
}
