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
    const entry = (side: ComparisonSide, row: OutcomeMeasurementEntity) => ({
      isOrigin: side.isOrigin,
      organisationName: side.organisationName,
      ics: side.ics ? toIcsModel(side.ics) : null,
      latest: toMeasurementModel(row),
      population: side.ics?.population ?? null,
      per100k: per100k(row.value, side.ics?.population ?? null, metric.perPopulation),
    });
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
