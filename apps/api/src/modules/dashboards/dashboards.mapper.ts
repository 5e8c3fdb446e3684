import { toIcsModel } from '../directory/directory.mapper';
import type {
  DashboardPeriodModel,
  DashboardSectionModel,
  IcsDashboardModel,
  RegionDashboardModel,
  RegionMeasureModel,
} from './graphql/dashboard.models';
import type {
  IcsDashboardData,
  RegionDashboardData,
  RegionMeasureData,
} from './dashboards.service';
import { periodOf } from '../../common/dashboards/period';
import type { PeriodChoice } from '../../common/dashboards/period';

const day = (d: Date) => d.toISOString().slice(0, 10);

export function toPeriodModel(choice: PeriodChoice | null, label: string): DashboardPeriodModel {
  if (!choice) return { financialYear: null, quarter: null, label, from: null, to: null };
  const { from, to } = periodOf(choice);
  return {
    financialYear: choice.financialYear,
    quarter: choice.quarter,
    label,
    from: day(from),
    to: day(new Date(to.getTime() - 86_400_000)),
  };
}

export function toIcsDashboardModel(d: IcsDashboardData): IcsDashboardModel {
  return {
    ics: toIcsModel(d.ics),
    period: toPeriodModel(d.period, d.periodLabel),
    themeKey: d.themeKey,
    headlines: d.headlines,
    measures: d.measures,
    sections: d.sections.map((s): DashboardSectionModel => ({
      key: s.key,
      title: s.title,
      ...s.content,
    })),
    aggregationRules: d.aggregationRules,
    generatedAt: d.generatedAt,
  };
}

function toRegionMeasureModel(m: RegionMeasureData): RegionMeasureModel {
  return {
    key: m.key,
    group: m.group,
    label: m.label,
    unit: m.unit,
    themeKey: m.themeKey,
    aggregation: m.aggregation,
    perPopulation: m.perPopulation,
    icss: m.icss.map((row) => ({
      ics: toIcsModel(row.ics),
      ...row.value,
      per100k: row.per100k,
      figuresUrl: row.figuresUrl,
    })),
    regionValue: m.region.value,
    regionAtLeast: m.region.atLeast,
    regionBasis: m.region.basis,
    regionPer100k: m.region.per100k,
  };
}

export function toRegionDashboardModel(d: RegionDashboardData): RegionDashboardModel {
  return {
    period: toPeriodModel(d.period, d.periodLabel),
    population: d.population,
    measures: d.measures.map(toRegionMeasureModel),
    selected: d.selected ? toRegionMeasureModel(d.selected) : null,
    aggregationRules: d.aggregationRules,
    generatedAt: d.generatedAt,
  };
}
