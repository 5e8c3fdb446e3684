import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { DashboardScope } from '../../../common/dashboards/dashboard-measure';

/** A published case study as the dashboards need it (other features' dashboard code reads this, not the table). */
export interface PublishedPractice {
  id: string;
  slug: string;
  title: string;
  /** The origin: the case study's ICS (null for regional practice). */
  icsId: string | null;
  organisationId: string;
  publishedAt: Date | null;
  themeKeys: string[];
}

/**
 * The case studies' read model for dashboards: published practice only
 * (drafts, submitted and archived case studies never count), one statement
 * per call whatever the number of case studies.
 */
@Injectable()
export class PracticeReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The read in flight: the measures and sections of one dashboard start at once and share it. */
  private inFlight: Promise<PublishedPractice[]> | null = null;

  /**
   * Every published case study with its themes, by title (one statement).
   * Concurrent calls share one read (they would return the same rows); each
   * caller gets its own array.
   */
  async published(): Promise<PublishedPractice[]> {
    if (!this.inFlight) {
      const read = this.readPublished();
      this.inFlight = read;
      void read.then(
        () => this.clear(read),
        () => this.clear(read),
      );
    }
    return [...(await this.inFlight)];
  }

  private clear(read: Promise<PublishedPractice[]>): void {
    if (this.inFlight === read) this.inFlight = null;
  }

  private async readPublished(): Promise<PublishedPractice[]> {
    const rows: {
      id: string;
      slug: string;
      title: string;
      ics_id: string | null;
      organisation_id: string;
      published_at: Date | null;
      theme_keys: string[];
    }[] = await this.db.query(
      `SELECT cs.id, cs.slug, cs.title, cs.ics_id, cs.organisation_id, cs.published_at,
              COALESCE(array_agg(t.theme_key ORDER BY t.theme_key) FILTER (WHERE t.theme_key IS NOT NULL), '{}') AS theme_keys
         FROM case_study cs LEFT JOIN case_study_theme t ON t.case_study_id = cs.id
        WHERE cs.status = 'PUBLISHED'
        GROUP BY cs.id
        ORDER BY cs.title, cs.id`,
    );
    return rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      icsId: r.ics_id,
      organisationId: r.organisation_id,
      publishedAt: r.published_at,
      themeKeys: r.theme_keys,
    }));
  }

  /**
   * Just the ids and origin ICS ids of published case studies (with the theme,
   * when one is given): what outcome totals need, without titles or themes.
   * One statement.
   */
  async publishedOrigins(themeKey: string | null): Promise<{ id: string; icsId: string | null }[]> {
    const key = themeKey ?? '';
    let read = this.originsInFlight.get(key);
    if (!read) {
      const started = this.readOrigins(themeKey);
      read = started;
      this.originsInFlight.set(key, started);
      const clear = () => {
        if (this.originsInFlight.get(key) === started) this.originsInFlight.delete(key);
      };
      void started.then(clear, clear);
    }
    return [...(await read)];
  }

  /** `publishedOrigins` reads in flight, by theme (the outcome and adoption measures share them). */
  private readonly originsInFlight = new Map<
    string,
    Promise<{ id: string; icsId: string | null }[]>
  >();

  private async readOrigins(
    themeKey: string | null,
  ): Promise<{ id: string; icsId: string | null }[]> {
    const rows: { id: string; ics_id: string | null }[] = await this.db.query(
      `SELECT cs.id, cs.ics_id FROM case_study cs
        WHERE cs.status = 'PUBLISHED'
          AND ($1::text IS NULL OR EXISTS (
                SELECT 1 FROM case_study_theme t WHERE t.case_study_id = cs.id AND t.theme_key = $1::text))`,
      [themeKey],
    );
    return rows.map((r) => ({ id: r.id, icsId: r.ics_id }));
  }

  /** Published case studies per origin ICS id (null: regional practice), published in the period, with the theme (one statement). */
  async publishedCountsByIcs(
    scope: DashboardScope,
  ): Promise<{ icsId: string | null; count: number }[]> {
    const rows: { ics_id: string | null; count: number }[] = await this.db.query(
      `SELECT cs.ics_id, count(*)::int AS count
         FROM case_study cs
        WHERE cs.status = 'PUBLISHED'
          AND ($1::timestamptz IS NULL OR cs.published_at >= $1::timestamptz)
          AND ($2::timestamptz IS NULL OR cs.published_at < $2::timestamptz)
          AND ($3::text IS NULL OR EXISTS (
                SELECT 1 FROM case_study_theme t WHERE t.case_study_id = cs.id AND t.theme_key = $3::text))
        GROUP BY cs.ics_id`,
      [scope.period?.from ?? null, scope.period?.to ?? null, scope.themeKey],
    );
    return rows.map((r) => ({ icsId: r.ics_id, count: Number(r.count) }));
  }
}
