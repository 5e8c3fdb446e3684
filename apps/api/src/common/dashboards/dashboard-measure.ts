import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

import { discoverContributions } from '../contributions/discover-contributions';

/**
 * The dashboard contribution points. Each feature computes its own figures
 * from its own tables and registers them in its own module; the dashboards
 * module lists and calls them, and common knows no feature.
 *
 * - `@DashboardMeasures`: a source of measures (a number per ICS and for the
 *   region), computed for every ICS at once in a constant number of
 *   statements. The per-ICS headlines, the regional map and table, and the
 *   board packs all read these, so they show the same numbers.
 * - `@DashboardSection`: a block of one ICS's dashboard (figures, tables and
 *   charts, each chart with its numbers as a table), e.g. "Practice and spread".
 */

/** A half-open interval of time: `from` inclusive, `to` exclusive. */
export interface DashboardPeriod {
  from: Date;
  to: Date;
}

/** What every measure and section is computed for. */
export interface DashboardScope {
  /** Null: all time. */
  period: DashboardPeriod | null;
  /** Only practice with this theme (a theme key), or null for every theme. */
  themeKey: string | null;
}

/** One computed value. */
export interface MeasureValue {
  /** Null when there is nothing to measure (not zero: no data). */
  value: number | null;
  /** The value is a lower bound: a "more than" figure went into it. */
  atLeast: boolean;
  /** How many records it was computed from, shown as "n = …" so small numbers are read with care. */
  basis: number;
}

/** Which part of the dashboard a measure belongs to. */
export type MeasureGroup = 'OUTCOMES' | 'PRACTICE' | 'PARTICIPATION' | 'COMMITMENTS';

/** What a measure is, before it is computed. */
export interface DashboardMeasureDefinition {
  /** Stable and unique across features, e.g. `outcomes.LOCAL_RESIDENTS_INTO_JOBS`. */
  key: string;
  group: MeasureGroup;
  /** What the dashboard shows, e.g. "Local residents into jobs". */
  label: string;
  /** Display unit: people, GBP, percent, tCO2e, count… */
  unit: string;
  /** The 4th-purpose theme it reports on (a theme key), when it has one. */
  themeKey: string | null;
  /** How it is aggregated, in words shown beside it. */
  aggregation: string;
  /** A count that can be compared per 100,000 residents (not a rate or a percentage). */
  perPopulation: boolean;
  /** Where the figures behind a total are listed; the dashboards add `ics` and the period to it. */
  figuresPath: string | null;
}

/** Where a figure that went into a measure came from (the board pack lists every one). */
export interface MeasureSource {
  /** The ICS it counts for (ODS code), or null when it counts for the region only. */
  icsOdsCode: string | null;
  /** The practice or record, e.g. a case study title. */
  about: string;
  value: number;
  qualifier: string | null;
  /** YYYY-MM-DD: the date the figure applies to. */
  measuredOn: string;
  sourceTitle: string | null;
  sourceUrl: string | null;
}

export interface ComputedMeasure extends DashboardMeasureDefinition {
  /** ICS ODS code → value. An ICS missing from the map has no data. */
  byIcs: Map<string, MeasureValue>;
  /** The sourced figures counted, where the measure is built from sourced figures (outcomes); else empty. */
  sources: MeasureSource[];
  /** The whole region (not always the sum of the ICSs: practice with no ICS counts here only). */
  region: MeasureValue;
}

/** What a feature passes to `@DashboardMeasures`. */
export interface DashboardMeasuresOptions {
  /** The feature that computes them, e.g. `metrics`. */
  feature: string;
}

/** What a caller of the measures needs beyond the values. */
export interface MeasureOptions {
  /**
   * List every sourced figure counted (`ComputedMeasure.sources`): board packs
   * do; the dashboards' pages do not, and a source may then leave it empty
   * and total its figures in SQL instead.
   */
  sources: boolean;
}

/** A feature's measures. */
export interface DashboardMeasureSource {
  /** Every measure of the feature, for every ICS and the region, in a constant number of statements. */
  measures(scope: DashboardScope, options: MeasureOptions): Promise<ComputedMeasure[]>;
}

export const DashboardMeasures = DiscoveryService.createDecorator<DashboardMeasuresOptions>();

/** A figure shown large, e.g. "14 practices adopted elsewhere". */
export interface SectionFigure {
  label: string;
  value: number | null;
  unit: string;
  atLeast: boolean;
  /** Where the records behind it are listed. */
  href: string | null;
  note: string | null;
}

export interface SectionCell {
  text: string;
  /** The number, for numeric columns (exports keep it as a number). */
  value: number | null;
  href: string | null;
}

export interface SectionTable {
  caption: string;
  columns: { label: string; numeric: boolean }[];
  rows: { cells: SectionCell[] }[];
  /** Shown when there are no rows. */
  empty: string;
}

/** A chart; the web and the board pack draw it as SVG/vector and show the same numbers as a table. */
export interface SectionChart {
  caption: string;
  kind: 'BAR' | 'LINE';
  unit: string;
  /** x axis, e.g. quarters "2024/25 Q1". */
  categories: string[];
  series: { label: string; values: (number | null)[] }[];
  /** The chart in words, for screen readers and the board pack. */
  summary: string;
}

export interface SectionContent {
  summary: string | null;
  figures: SectionFigure[];
  tables: SectionTable[];
  charts: SectionChart[];
}

/** What a feature passes to `@DashboardSection`. */
export interface DashboardSectionOptions {
  /** Stable and unique, e.g. `spread`. */
  key: string;
  feature: string;
  title: string;
  /** Position on the page (ascending). */
  order: number;
}

export interface DashboardSectionProvider {
  /** The section for one ICS, in a constant number of statements. */
  load(icsOdsCode: string, scope: DashboardScope): Promise<SectionContent>;
}

export const DashboardSection = DiscoveryService.createDecorator<DashboardSectionOptions>();

export interface RegisteredDashboardSection extends DashboardSectionOptions {
  section: DashboardSectionProvider;
}

/** Every feature's dashboard measures and sections, found at boot; a duplicate key fails the boot. */
@Injectable()
export class DashboardRegistry implements OnModuleInit {
  private sources: { feature: string; source: DashboardMeasureSource }[] | null = null;
  private sectionList: RegisteredDashboardSection[] | null = null;

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    this.load();
  }

  /** Every measure, in feature order; a key used twice is an error. */
  async measures(
    scope: DashboardScope,
    options: MeasureOptions = { sources: true },
  ): Promise<ComputedMeasure[]> {
    assertScope(scope);
    const computed = await Promise.all(
      this.load().sources.map(async ({ feature, source }) =>
        (await source.measures(scope, options)).map((m) => ({ feature, m })),
      ),
    );
    const byKey = new Map<string, string>();
    const out: ComputedMeasure[] = [];
    for (const { feature, m } of computed.flat()) {
      const owner = byKey.get(m.key);
      if (owner) {
        throw new Error(
          `Dashboard measure "${m.key}" is computed twice: by ${owner} and by ${feature}.`,
        );
      }
      byKey.set(m.key, feature);
      out.push(m);
    }
    return out;
  }

  sections(): RegisteredDashboardSection[] {
    return this.load().sections;
  }

  private load(): {
    sources: { feature: string; source: DashboardMeasureSource }[];
    sections: RegisteredDashboardSection[];
  } {
    if (this.sources && this.sectionList)
      return { sources: this.sources, sections: this.sectionList };
    const sources: { feature: string; source: DashboardMeasureSource }[] = [];
    for (const { meta, instance, name } of discoverContributions<
      DashboardMeasuresOptions,
      DashboardMeasureSource
    >(this.discovery, DashboardMeasures)) {
      if (typeof instance.measures !== 'function') {
        throw new Error(`${name} is @DashboardMeasures without measures().`);
      }
      sources.push({ feature: meta.feature, source: instance });
    }
    const sections = new Map<string, RegisteredDashboardSection>();
    for (const { meta, instance, name } of discoverContributions<
      DashboardSectionOptions,
      DashboardSectionProvider
    >(this.discovery, DashboardSection)) {
      const existing = sections.get(meta.key);
      if (existing) {
        throw new Error(
          `Dashboard section "${meta.key}" is contributed twice: by ${existing.feature} and by ${meta.feature} (${name}).`,
        );
      }
      if (typeof instance.load !== 'function') {
        throw new Error(`${name} is a @DashboardSection without load().`);
      }
      sections.set(meta.key, { ...meta, section: instance });
    }
    this.sources = sources.sort((a, b) => a.feature.localeCompare(b.feature));
    this.sectionList = [...sections.values()].sort(
      (a, b) => a.order - b.order || a.key.localeCompare(b.key),
    );
    return { sources: this.sources, sections: this.sectionList };
  }
}

function assertScope(scope: DashboardScope): void {
  if (scope.period && !(scope.period.from < scope.period.to)) {
    throw new Error('Dashboard period must end after it starts.');
  }
}

/** An empty measure value: no data. */
export const NO_DATA: MeasureValue = { value: null, atLeast: false, basis: 0 };
