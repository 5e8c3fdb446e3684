import type { MetricEntity } from './entities/metric.entity';
import type { OutcomeMeasurementEntity } from './entities/outcome-measurement.entity';
import type {
  MetricModel,
  OutcomeMeasurementModel,
  OutcomeSeriesModel,
} from './graphql/metric.model';

export const toMetricModel = (e: MetricEntity): MetricModel => ({
  key: e.key,
  label: e.label,
  unit: e.unit,
  definition: e.definition,
  direction: e.direction,
  perPopulation: e.perPopulation,
  themeKey: e.themeKey ?? null,
});

export const toMeasurementModel = (e: OutcomeMeasurementEntity): OutcomeMeasurementModel => {
  if (!e.metric) throw new Error(`measurement ${e.id} loaded without its metric`);
  return {
    id: e.id,
    metric: toMetricModel(e.metric),
    value: e.value,
    baseline: e.baseline,
    qualifier: e.qualifier,
    measuredOn: e.measuredOn,
    cumulative: e.cumulative,
    periodStart: e.periodStart,
    sourceTitle: e.sourceTitle,
    sourceUrl: e.sourceUrl,
    note: e.note,
    createdAt: e.createdAt,
    createdById: e.createdById,
    supersededAt: e.supersededAt ?? null,
    removedAt: e.removedAt ?? null,
    removalReason: e.removalReason ?? null,
    correctionReason: e.correctionReason ?? null,
  };
};

/** Groups measurements (oldest first) into one series per metric, by metric label. */
export function toSeries(rows: OutcomeMeasurementEntity[]): OutcomeSeriesModel[] {
  const byMetric = new Map<string, OutcomeMeasurementEntity[]>();
  for (const row of rows) {
    const list = byMetric.get(row.metricKey) ?? [];
    list.push(row);
    byMetric.set(row.metricKey, list);
  }
  return [...byMetric.values()]
    .map((list) => {
      const measurements = list.map(toMeasurementModel);
      return {
        metric: measurements[0].metric,
        latest: measurements[measurements.length - 1],
        measurements,
      };
    })
    .sort((a, b) => a.metric.label.localeCompare(b.metric.label));
}
