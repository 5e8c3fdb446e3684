import { Injectable } from '@nestjs/common';

import { Clock } from '../../common/clock/clock';
import { DashboardRegistry } from '../../common/dashboards/dashboard-measure';
import type {
  ComputedMeasure,
  DashboardScope,
  MeasureOptions,
  MeasureSource,
  MeasureValue,
  SectionContent,
} from '../../common/dashboards/dashboard-measure';
import { badInput, notFound } from '../../common/errors/domain.exception';
import { DirectoryService, REGION } from '../directory/directory.service';
import type { IcsEntity } from '../directory/entities/ics.entity';
import { AGGREGATION_RULES, per100k } from './aggregation-rules';
import { DashboardCache } from './dashboard-cache';
import { periodChoiceError, periodLabel, periodOf } from '../../common/dashboards/period';
import type { PeriodChoice } from '../../common/dashboards/period';

/** A dashboard as plain data: what the GraphQL models, the web and the board packs all show. */
export interface IcsDashboardData {
  ics: IcsEntity;
  period: PeriodChoice | null;
  periodLabel: string;
  themeKey: string | null;
  headlines: MeasureRow[];
  measures: MeasureRow[];
  sections: { key: string; title: string; content: SectionContent }[];
  /** The source of every figure counted in this ICS's measures (asked for with `sources`; else empty). */
  sources: (MeasureSource & { measureKey: string; measureLabel: string })[];
  aggregationRules: string[];
  generatedAt: Date;
}

export interface MeasureRow
  extends Omit<ComputedMeasure, 'byIcs' | 'region' | 'sources'>, MeasureValue {
  per100k: number | null;
  figuresUrl: string | null;
}

export interface RegionMeasureData extends Omit<ComputedMeasure, 'byIcs' | 'region' | 'sources'> {
  icss: {
    ics: IcsEntity;
    value: MeasureValue;
    per100k: number | null;
    figuresUrl: string | null;
  }[];
  region: MeasureValue & { per100k: number | null };
}

export interface RegionDashboardData {
  period: PeriodChoice | null;
  periodLabel: string;
  themeKey: string | null;
  population: number;
  measures: RegionMeasureData[];
  selected: RegionMeasureData | null;
  /** The source of every figure counted in the region's measures (board packs ask for them with `sources`). */
  sources: (MeasureSource & { measureKey: string; measureLabel: string })[];
  aggregationRules: string[];
  generatedAt: Date;
}

/** The filters a dashboard is drawn with. */
export interface DashboardFilters {
  period: PeriodChoice | null;
  themeKey: string | null;
}

/** A scope as a cache key. */
function scopeKey(scope: DashboardScope): string {
  const p = scope.period;
  return `${p ? `${p.from.toISOString()}/${p.to.toISOString()}` : 'all'}:${scope.themeKey ?? '*'}`;
}

/** Adds the ICS and period to a measure's figures page. */
export function figuresUrl(
  path: string | null,
  odsCode: string | null,
  period: PeriodChoice | null,
): string | null {
  if (!path) return null;
  const url = new URL(path, 'http://x');
  if (odsCode) url.searchParams.set('ics', odsCode);
  if (period) {
    url.searchParams.set('fy', String(period.financialYear));
    if (period.quarter !== null) url.searchParams.set('q', String(period.quarter));
  }
  return `${url.pathname}${url.search}`;
}

/**
 * Assembles dashboards from the features' contributions. Every measure is
 * computed for all ICSs at once, so an ICS dashboard and the region view cost
 * the same small number of statements whatever the amount of data.
 */
@Injectable()
export class DashboardsService {
  constructor(
    private readonly registry: DashboardRegistry,
    private readonly directory: DirectoryService,
    private readonly clock: Clock,
    private readonly cache: DashboardCache,
  ) {}

  /**
   * Every measure for every ICS in this scope: computed once per data version
   * (DashboardCache). With `sources`, each measure also lists the figures it counted.
   */
  private async measuresFor(
    scope: DashboardScope,
    version: string,
    options: MeasureOptions,
  ): Promise<ComputedMeasure[]> {
    return this.cache.get(
      `measures:${options.sources ? 'sourced:' : ''}${scopeKey(scope)}`,
      version,
      () => this.registry.measures(scope, options),
    );
  }

  /**
   * One ICS's dashboard. `sources` (board packs): list the source of every
   * figure counted; the pages show totals only, which cost less.
   */
  async ics(
    odsCode: string,
    filters: DashboardFilters,
    options: MeasureOptions = { sources: false },
  ): Promise<IcsDashboardData> {
    const scope = await this.scopeOf(filters);
    const ics = await this.directory.ics(odsCode);
    if (!ics) throw notFound('ICS');
    const version = await this.cache.version();
    const [measures, sections] = await Promise.all([
      this.measuresFor(scope, version, options),
      Promise.all(
        this.registry.sections().map(async (s) => ({
          key: s.key,
          title: s.title,
          content: await this.cache.get(
            `section:${s.key}:${ics.odsCode}:${scopeKey(scope)}`,
            version,
            () => s.section.load(ics.odsCode, scope),
          ),
        })),
      ),
    ]);
    const rows = measures.map((m) => this.rowFor(m, ics, filters.period));
    return {
      ics,
      period: filters.period,
      periodLabel: periodLabel(filters.period),
      themeKey: filters.themeKey,
      headlines: rows.filter((r) => r.group === 'OUTCOMES'),
      measures: rows.filter((r) => r.group !== 'OUTCOMES'),
      sections,
      sources: measures.flatMap((m) =>
        m.sources
          .filter((s) => s.icsOdsCode === ics.odsCode)
          .map((s) => ({ ...s, measureKey: m.key, measureLabel: m.label })),
      ),
      aggregationRules: [...AGGREGATION_RULES],
      generatedAt: this.clock.now(),
    };
  }

  async region(
    filters: DashboardFilters,
    measureKey: string | null,
    options: MeasureOptions = { sources: false },
  ): Promise<RegionDashboardData> {
    const scope = await this.scopeOf(filters);
    const version = await this.cache.version();
    const [measures, icss] = await Promise.all([
      this.measuresFor(scope, version, options),
      this.directory.icss(),
    ]);
    const data = measures.map((m): RegionMeasureData => {
      const { byIcs, region, sources: _sources, ...definition } = m;
      return {
        ...definition,
        icss: icss.map((ics) => {
          const value = byIcs.get(ics.odsCode) ?? { value: null, atLeast: false, basis: 0 };
          return {
            ics,
            value,
            per100k: m.perPopulation ? per100k(value.value, ics.population) : null,
            figuresUrl: figuresUrl(m.figuresPath, ics.odsCode, filters.period),
          };
        }),
        region: {
          ...region,
          per100k: m.perPopulation ? per100k(region.value, REGION.population) : null,
        },
      };
    });
    let selected: RegionMeasureData | null = null;
    if (measureKey) {
      selected =
        data.find((m) => m.key === measureKey || m.key === `outcomes.${measureKey}`) ?? null;
      if (!selected) throw badInput(`There is no dashboard measure "${measureKey}".`, 'metricKey');
    } else {
      selected = data.find((m) => m.region.value !== null && m.region.value > 0) ?? data[0] ?? null;
    }
    return {
      period: filters.period,
      periodLabel: periodLabel(filters.period),
      themeKey: filters.themeKey,
      population: REGION.population,
      measures: data,
      selected,
      sources: measures.flatMap((m) =>
        m.sources.map((s) => ({ ...s, measureKey: m.key, measureLabel: m.label })),
      ),
      aggregationRules: [...AGGREGATION_RULES],
      generatedAt: this.clock.now(),
    };
  }

  private rowFor(m: ComputedMeasure, ics: IcsEntity, period: PeriodChoice | null): MeasureRow {
    const { byIcs, region: _region, sources: _sources, ...definition } = m;
    const value = byIcs.get(ics.odsCode) ?? { value: null, atLeast: false, basis: 0 };
    return {
      ...definition,
      ...value,
      per100k: m.perPopulation ? per100k(value.value, ics.population) : null,
      figuresUrl: figuresUrl(m.figuresPath, ics.odsCode, period),
    };
  }

  private async scopeOf(filters: DashboardFilters): Promise<DashboardScope> {
    if (filters.period) {
      const error = periodChoiceError(filters.period, this.clock.now());
      if (error) throw badInput(error, 'period');
    }
    if (filters.themeKey) {
      const themes = await this.directory.themes();
      if (!themes.some((t) => t.key === filters.themeKey)) {
        throw badInput(`There is no theme "${filters.themeKey}".`, 'themeKey');
      }
    }
    return {
      period: filters.period ? periodOf(filters.period) : null,
      themeKey: filters.themeKey,
    };
  }
}
