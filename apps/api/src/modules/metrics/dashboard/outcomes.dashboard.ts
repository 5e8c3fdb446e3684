import { Injectable } from '@nestjs/common';

import { Clock } from '../../../common/clock/clock';
import { DashboardMeasures, DashboardSection } from '../../../common/dashboards/dashboard-measure';
import type {
  ComputedMeasure,
  DashboardMeasureSource,
  DashboardScope,
  DashboardSectionProvider,
  MeasureOptions,
  SectionContent,
} from '../../../common/dashboards/dashboard-measure';
import { trendQuarters, quarterOf } from '../../../common/dashboards/period';
import type { PeriodChoice } from '../../../common/dashboards/period';
import { MetricsRepository } from '../metrics.repository';
import {
  addTotals,
  aggregateOutcomes,
  combineTotal,
  isRate,
  outcomesFromTotals,
} from './outcome-aggregation';
import type { MetricDef, OutcomeTotalRow } from './outcome-aggregation';
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

/** Headline outcome measures: every metric in the dictionary, per ICS and the region. Five statements (six with sources). */
@DashboardMeasures({ feature: 'metrics' })
@Injectable()
export class OutcomeMeasures implements DashboardMeasureSource {
  constructor(
    private readonly metrics: MetricsRepository,
    private readonly figures: OutcomeDashboardRepository,
    private readonly practices: OutcomePracticesService,
  ) {}

  async measures(scope: DashboardScope, options: MeasureOptions): Promise<ComputedMeasure[]> {
    if (options.sources) {
      // Every counted figure, with its source: read them all and aggregate here.
      const [metrics, figures, practices] = await Promise.all([
        this.metrics.findMetrics(),
        this.figures.figuresFor(scope.period),
        this.practices.practices(scope.themeKey),
      ]);
      return aggregateOutcomes(metrics.map(toDef), figures, practices, scope.period);
    }
    // The totals only: summed in SQL, so the rows read do not grow with the figures.
    const [metrics, practices] = await Promise.all([
      this.metrics.findMetrics(),
      this.practices.practiceIcss(scope.themeKey),
    ]);
    return outcomesFromTotals(
      metrics.map(toDef),
      await this.figures.totalsFor(scope.period, practices),
    );
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
    const [metrics, allPractices] = await Promise.all([
      this.metrics.findMetrics(),
      this.practices.practiceIcss(scope.themeKey),
    ]);
    const practices = new Map([...allPractices].filter(([, ics]) => ics === icsOdsCode));
    // Per metric and quarter, the latest in-period figure of each practice, summed in SQL.
    const totals = await this.figures.quarterlyTotals(first.from, last.to, practices);
    const byMetric = new Map<string, Map<string, OutcomeTotalRow[]>>();
    for (const t of totals) {
      const byQuarter = byMetric.get(t.metricKey) ?? new Map<string, OutcomeTotalRow[]>();
      byQuarter.set(t.quarter, [...(byQuarter.get(t.quarter) ?? []), t]);
      byMetric.set(t.metricKey, byQuarter);
    }
    const content: SectionContent = { summary: null, figures: [], tables: [], charts: [] };
    for (const metric of metrics) {
      const byQuarter = byMetric.get(metric.key);
      if (!byQuarter?.size) continue;
      const values = quarters.map((q) =>
        combineTotal(addTotals(byQuarter.get(dayOf(q.from)) ?? []), isRate(metric.unit)),
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

const dayOf = (d: Date): string => d.toISOString().slice(0, 10);

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
