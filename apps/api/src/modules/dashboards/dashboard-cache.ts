import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Clock } from '../../common/clock/clock';
import { dashboardsConfig } from '../../config/app.config';

/**
 * The tables dashboards are computed from. A deferred trigger on each bumps
 * the `dashboard_data_version` sequence when a transaction that changed it
 * commits (and TRUNCATE bumps it too); the migration that installs them is
 * 1796523000000-dashboard-data-version. An integration test checks every one
 * has its trigger.
 */
export const DASHBOARD_SOURCE_TABLES = [
  'adoption',
  'adoption_stage_change',
  'case_study',
  'case_study_theme',
  'commitment',
  'commitment_organisation',
  'commitment_theme',
  'commitment_update',
  'commitment_update_evidence',
  'event',
  'event_registration',
  'ics',
  'metric',
  'organisation',
  'organisation_ics',
  'organisation_place',
  'organisation_type',
  'outcome_measurement',
  'place',
  'theme',
] as const;

const MAX_ENTRIES = 500;

interface Entry {
  version: string;
  storedAt: number;
  value: Promise<unknown>;
}

/**
 * Computed dashboards, kept per process and served only while the data
 * version they were computed at is still current (one cheap read of a
 * sequence per request), and never longer than the configured TTL. Two
 * requests for the same dashboard at once share one computation. Sequences
 * never block, so writers (e.g. the registration race) are not serialised.
 *
 * The one window: the version is bumped as a writing transaction commits, a
 * moment before its rows become visible; a dashboard computed in that instant
 * is served until the next write or the TTL (60 s by default).
 */
@Injectable()
export class DashboardCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(dashboardsConfig.KEY) private readonly config: ConfigType<typeof dashboardsConfig>,
  ) {}

  /** The current data version ('' when caching is off). */
  async version(): Promise<string> {
    if (!this.config.cache) return '';
    const rows: { v: string; called: boolean }[] = await this.db.query(
      'SELECT last_value::text AS v, is_called AS called FROM dashboard_data_version',
    );
    return `${rows[0]?.v ?? '0'}${rows[0]?.called ? '' : '-'}`;
  }

  /** The value for `key` at `version`: cached, or computed (once, however many ask at the same time). */
  get<T>(key: string, version: string, compute: () => Promise<T>): Promise<T> {
    if (!this.config.cache) return compute();
    const now = this.clock.now().getTime();
    const hit = this.entries.get(key);
    if (hit && hit.version === version && now - hit.storedAt < this.config.cacheTtlSeconds * 1000)
      return hit.value as Promise<T>;
    const value = compute();
    const entry: Entry = { version, storedAt: now, value };
    this.entries.delete(key);
    this.entries.set(key, entry);
    // A failed computation is not kept.
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return value;
  }
}
