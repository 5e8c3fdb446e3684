import type { IcsEntity } from '../directory/entities/ics.entity';
import { toIcsModel } from '../directory/directory.mapper';
import type { OutcomeMeasurementEntity } from '../metrics/entities/outcome-measurement.entity';
import { toMeasurementModel, toMetricModel } from '../metrics/metrics.mapper';
import { per100k } from './adoptions.policy';
import type { OutcomeComparisonModel } from './graphql/adoption.model';

export interface ComparisonSide {
  isOrigin: boolean;
  organisationName: string;
  ics: IcsEntity | null;
  measurements: OutcomeMeasurementEntity[];
}

function latestByMetric(rows: OutcomeMeasurementEntity[]): Map<string, OutcomeMeasurementEntity> {
  const latest = new Map<string, OutcomeMeasurementEntity>();
  for (const row of rows) {
    const current = latest.get(row.metricKey);
    if (
      !current ||
      row.measuredOn > current.measuredOn ||
      (row.measuredOn === current.measuredOn && row.createdAt > current.createdAt)
    ) {
      latest.set(row.metricKey, row);
    }
  }
  return latest;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthYear = (iso: string): string =>
  `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

type Covered = Pick<OutcomeMeasurementEntity, 'cumulative' | 'measuredOn' | 'periodStart'>;

/** What a figure covers: "Nov 2020 to Jul 2022", "to Jan 2025 (running total)", "on 31 Mar 2025". */
export function periodText(m: Covered): string {
  if (m.cumulative) return `to ${monthYear(m.measuredOn)} (running total)`;
  if (m.periodStart) return `${monthYear(m.periodStart)} to ${monthYear(m.measuredOn)}`;
  return `on ${Number(m.measuredOn.slice(8, 10))} ${monthYear(m.measuredOn)}`;
}

/** Whole months from a period's start to its end (a quarter is 3). */
function months(start: string, end: string): number {
  const m = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
  return m(end) - m(start) + 1;
}

/** The figure's kind in words, for "cannot be compared" sentences. */
export function coverageWords(m: Covered): string {
  if (m.cumulative)
    return m.periodStart
      ? `a running total since ${m.periodStart.slice(0, 4)}`
      : `a running total to ${monthYear(m.measuredOn)}`;
  if (!m.periodStart) return `for one point in time (${periodText(m).slice(3)})`;
  const n = months(m.periodStart, m.measuredOn);
  if (n === 3) return 'for one quarter';
  if (n === 12) return 'for one year';
  if (n === 1) return 'for one month';
  return `for ${periodText(m)}`;
}

/**
 * Like with like: only figures for a period or a point in time are set side
 * by side (per 100,000 for counts); a running total is never compared with
 * one period's figure, nor with another running total (they start at
 * different times).
 */
export function comparable(origin: Covered, other: Covered): boolean {
  return !origin.cumulative && !other.cumulative;
}

export function notComparableReason(origin: Covered, adopter: Covered): string | null {
  if (comparable(origin, adopter)) return null;
  return `These figures cannot be compared: the origin's is ${coverageWords(origin)}, the adopter's is ${coverageWords(adopter)}.`;
}

/**
 * Origin vs adopters for every metric the origin and at least one adopter
 * both report; values normalised per 100,000 where the ICS population is
 * known and the metric is a count.
 */
export function buildComparison(
  origin: ComparisonSide,
  adopters: ComparisonSide[],
): OutcomeComparisonModel[] {
  const originLatest = latestByMetric(origin.measurements);
  const adopterLatest = adopters.map((side) => ({
    side,
    latest: latestByMetric(side.measurements),
  }));
  const out: OutcomeComparisonModel[] = [];
  for (const [key, originRow] of originLatest) {
    const sharing = adopterLatest.filter((a) => a.latest.has(key));
    if (!sharing.length || !originRow.metric) continue;
    const metric = originRow.metric;
    const entry = (side: ComparisonSide, row: OutcomeMeasurementEntity) => {
      const ok = side.isOrigin ? !row.cumulative : comparable(originRow, row);
      return {
        isOrigin: side.isOrigin,
        organisationName: side.organisationName,
        ics: side.ics ? toIcsModel(side.ics) : null,
        latest: toMeasurementModel(row),
        population: side.ics?.population ?? null,
        // Per head only where the figures compare like with like.
        per100k: ok ? per100k(row.value, side.ics?.population ?? null, metric.perPopulation) : null,
        comparable: ok,
        periodText: periodText(row),
        notComparableReason: side.isOrigin ? null : notComparableReason(originRow, row),
      };
    };
    out.push({
      metric: toMetricModel(metric),
      entries: [
        entry(origin, originRow),
        ...sharing.map((a) => entry(a.side, a.latest.get(key) as OutcomeMeasurementEntity)),
      ],
    });
  }
  return out.sort((a, b) => a.metric.label.localeCompare(b.metric.label));
}
