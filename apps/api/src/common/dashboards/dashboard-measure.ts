import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

import { discoverContributions } from '../contributions/discover-contributions';

/**
 * The dashboard contribution point: each feature computes its own measures
 * from its own tables (one provider per measure, marked `@DashboardMeasure`
 * and registered in the feature's module). Dashboards list and call them;
 * common knows no feature.
 */

/** How a value reads: a count, a percentage (0–100), a number of days, pounds sterling. */
export type MeasureUnit = 'COUNT' | 'PERCENT' | 'DAYS' | 'GBP';

/** A half-open interval of time: `from` inclusive, `to` exclusive. */
export interface DashboardPeriod {
  from: Date;
  to: Date;
}

/** One computed value. */
export interface MeasureValue {
  /** Null when there is nothing to measure (not zero: no data). */
  value: number | null;
  /** How many records it was computed from, shown as "n = …" so small numbers are read with care. */
  basis: number;
}

/** What a feature passes to `@DashboardMeasure`. */
export interface DashboardMeasureOptions {
  /** Stable and unique across features, e.g. `adoptions.declared`. */
  key: string;
  /** The feature that computes it. */
  feature: string;
  /** What the dashboard shows, e.g. "Adoptions declared". */
  label: string;
  unit: MeasureUnit;
  /** How it is aggregated, in words shown beside it, e.g. "Adoptions declared in the period, by the adopting organisation's ICS". */
  aggregation: string;
}

/** A feature's measure. */
export interface DashboardMeasureProvider {
  /** The value for one ICS (by ODS code), or the whole region when null, over the period. */
  compute(icsOdsCode: string | null, period: DashboardPeriod): Promise<MeasureValue>;
}

export const DashboardMeasure = DiscoveryService.createDecorator<DashboardMeasureOptions>();

export interface RegisteredDashboardMeasure extends DashboardMeasureOptions {
  measure: DashboardMeasureProvider;
}

/** Every feature's dashboard measures, found at boot; a key used twice fails the boot. */
@Injectable()
export class DashboardMeasureRegistry implements OnModuleInit {
  private measures: Map<string, RegisteredDashboardMeasure> | null = null;

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    this.load();
  }

  all(): RegisteredDashboardMeasure[] {
    return [...this.load().values()];
  }

  get(key: string): RegisteredDashboardMeasure | undefined {
    return this.load().get(key);
  }

  /** Computes one measure; an unknown key or an empty period is an error. */
  async compute(
    key: string,
    icsOdsCode: string | null,
    period: DashboardPeriod,
  ): Promise<MeasureValue> {
    const found = this.load().get(key);
    if (!found) throw new Error(`Dashboard measure "${key}" is not contributed by any feature.`);
    if (!(period.from < period.to)) {
      throw new Error(`Dashboard period must end after it starts (measure "${key}").`);
    }
    return found.measure.compute(icsOdsCode, period);
  }

  private load(): Map<string, RegisteredDashboardMeasure> {
    if (this.measures) return this.measures;
    const measures = new Map<string, RegisteredDashboardMeasure>();
    for (const { meta, instance, name } of discoverContributions<
      DashboardMeasureOptions,
      DashboardMeasureProvider
    >(this.discovery, DashboardMeasure)) {
      const existing = measures.get(meta.key);
      if (existing) {
        throw new Error(
          `Dashboard measure "${meta.key}" is contributed twice: by ${existing.feature} and by ${meta.feature} (${name}).`,
        );
      }
      if (typeof instance.compute !== 'function') {
        throw new Error(`${name} is a @DashboardMeasure without compute().`);
      }
      measures.set(meta.key, { ...meta, measure: instance });
    }
    this.measures = measures;
    return measures;
  }
}
