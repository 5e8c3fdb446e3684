import { Injectable } from '@nestjs/common';

import { Clock } from '../../../common/clock/clock';
import { DashboardMeasures, DashboardSection } from '../../../common/dashboards/dashboard-measure';
import type {
  ComputedMeasure,
  DashboardMeasureSource,
  DashboardScope,
  DashboardSectionProvider,
  SectionContent,
} from '../../../common/dashboards/dashboard-measure';
import { trendQuarters, quarterOf } from '../../../common/dashboards/period';
import type { PeriodChoice } from '../../../common/dashboards/period';
import { MetricsRepository } from '../metrics.repository';
import {
  aggregateOutcomes,
  combine,
  countedFigures,
  isRate,
  practiceKeyOf,
} from './outcome-aggregation';
import type { FigureRow, MetricDef } from './outcome-aggregation';
import { OutcomeDashboardRepository } from './outcome-dashboard.repository';
import { OutcomePracticesService } from './outcome-practices.service';

const toDef = (m: {
  key: string;
  label: string;
  unit: string;
  themeKey: string | null;
  perPopulation: boolean;
}): MetricDef => ({
  key: m.key,
  label: m.label,
  unit: m.unit,
  themeKey: m.themeKey,
  perPopulation: m.perPopulation,
});

/** Headline outcome measures: every metric in the dictionary, per ICS and the region. Five statements. */
@DashboardMeasures({ feature: 'metrics' })
@Injectable()
export class OutcomeMeasures implements DashboardMeasureSource {
  constructor(
    private readonly metrics: MetricsRepository,
    private readonly figures: OutcomeDashboardRepository,
    private readonly practices: OutcomePracticesService,
  ) {}

  async measures(scope: DashboardScope): Promise<ComputedMeasure[]> {
    const [metrics, figures, practices] = await Promise.all([
      this.metrics.findMetrics(),
      this.figures.figuresFor(scope.period),
      this.practices.practices(scope.themeKey),
    ]);
    return aggregateOutcomes(metrics.map(toDef), figures, practices, scope.period);
  }
}

/**
 * Outcome trends by quarter for one ICS: a chart and table per metric with
 * in-period data in the quarters shown (the chosen year's, or the last eight).
 */
@DashboardSection({ key: 'outcomes', feature: 'metrics', title: 'Outcomes by quarter', order: 10 })
@Injectable()
export class OutcomeTrendSection implements DashboardSectionProvider {
  constructor(
    private readonly metrics: MetricsRepository,
    private readonly figures: OutcomeDashboardRepository,
    private readonly practices: OutcomePracticesService,
    private readonly clock: Clock,
  ) {}

  async load(icsOdsCode: string, scope: DashboardScope): Promise<SectionContent> {
    const quarters = trendQuarters(choiceFor(scope), this.clock.now());
    const first = quarters[0];
    const last = quarters[quarters.length - 1];
    if (!first || !last) return { summary: null, figures: [], tables: [], charts: [] };
    const [metrics, figures, allPractices] = await Promise.all([
      this.metrics.findMetrics(),
      this.figures.quarterlyFigures(first.from, last.to),
      this.practices.practices(scope.themeKey),
    ]);
    const practices = new Map([...allPractices].filter(([, p]) => p.icsOdsCode === icsOdsCode));
    const byMetric = new Map<string, FigureRow[]>();
    for (const f of figures) {
      if (!practices.has(practiceKeyOf(f))) continue;
      const list = byMetric.get(f.metricKey) ?? [];
      list.push(f);
      byMetric.set(f.metricKey, list);
    }
    const content: SectionContent = { summary: null, figures: [], tables: [], charts: [] };
    for (const metric of metrics) {
      const rows = byMetric.get(metric.key);
      if (!rows?.length) continue;
      const values = quarters.map((q) =>
        combine(
          countedFigures(rows, practices, { from: q.from, to: q.to }, false),
          isRate(metric.unit),
        ),
      );
      const categories = quarters.map((q) => q.label);
      const withData = values.filter((v) => v.value !== null).length;
      const peak = values.reduce<{ label: string; value: number } | null>(
        (best, v, i) =>
          v.value !== null && (!best || v.value > best.value)
            ? { label: categories[i]!, value: v.value }
            : best,
        null,
      );
      content.charts.push({
        caption: `${metric.label} by quarter (${metric.unit})`,
        kind: 'BAR',
        unit: metric.unit,
        categories,
        series: [{ label: metric.label, values: values.map((v) => v.value) }],
        summary: `${metric.label}: figures in ${withData} of ${quarters.length} quarters${
          peak
            ? `; highest ${peak.value.toLocaleString('en-GB')} ${metric.unit} in ${peak.label}`
            : ''
        }.`,
      });
      content.tables.push({
        caption: `${metric.label} by quarter (${metric.unit})`,
        columns: [
          { label: 'Quarter', numeric: false },
          { label: metric.label, numeric: true },
          { label: 'Practices counted', numeric: true },
        ],
        rows: values.map((v, i) => ({
          cells: [
            { text: categories[i]!, value: null, href: null },
            {
              text:
                v.value === null
                  ? 'No data'
                  : `${v.atLeast ? 'at least ' : ''}${v.value.toLocaleString('en-GB')}`,
              value: v.value,
              href: null,
            },
            { text: String(v.basis), value: v.basis, href: null },
          ],
        })),
        empty: 'No figures in these quarters.',
      });
    }
    content.summary = content.charts.length
      ? `In-period outcome figures of practice in this ICS, by the quarter they end in (${quarters[0]?.label} to ${quarters[quarters.length - 1]?.label}).`
      : `No in-period outcome figures of practice in this ICS end between ${quarters[0]?.label} and ${quarters[quarters.length - 1]?.label}.`;
    return content;
  }
}

/** The period choice behind a scope (the section draws the quarters of the chosen period). */
function choiceFor(scope: DashboardScope): PeriodChoice | null {
  if (!scope.period) return null;
  const start = quarterOf(scope.period.from);
  const months =
    (scope.period.to.getUTCFullYear() - scope.period.from.getUTCFullYear()) * 12 +
    scope.period.to.getUTCMonth() -
    scope.period.from.getUTCMonth();
  return { financialYear: start.financialYear, quarter: months <= 3 ? start.quarter : null };
}
