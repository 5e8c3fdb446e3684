import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { publicCacheConfig } from '../../config/app.config';

/**
 * The process's view of the public content version (see
 * PublicContentVersionEntity): read at most every PUBLIC_CACHE_VERSION_CHECK_MS
 * (0: on every call), one read at a time however many requests ask.
 *
 * A response is tagged with the version read *before* it is computed, so its
 * data is at least as new as its tag; any write that commits later raises the
 * sum and retires it. The only staleness is the check interval.
 */
@Injectable()
export class PublicContentVersion {
  private current: string | null = null;
  private checkedAt = 0;
  private pending: Promise<string> | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(publicCacheConfig.KEY) private readonly config: ConfigType<typeof publicCacheConfig>,
  ) {}

  /** The version when it was read recently enough, without waiting; else null. */
  fresh(now = performance.now()): string | null {
    return this.current !== null && now - this.checkedAt < this.config.versionCheckMs
      ? this.current
      : null;
  }

  /** The current version (read from PostgreSQL when the last read is too old). */
  get(): Promise<string> {
    const fresh = this.fresh();
    if (fresh !== null) return Promise.resolve(fresh);
    if (!this.pending) {
      // Stamped with the time the read was sent: the value is at least that new.
      const sentAt = performance.now();
      this.pending = this.read().then(
        (version) => {
          this.current = version;
          this.checkedAt = sentAt;
          this.pending = null;
          return version;
        },
        (error: unknown) => {
          this.pending = null;
          throw error;
        },
      );
    }
    return this.pending;
  }

  private async read(): Promise<string> {
    const rows: { v: string }[] = await this.db.query(
      'SELECT coalesce(sum(changes), 0)::text AS v FROM public_content_version',
    );
    return rows[0]?.v ?? '0';
  }
}
