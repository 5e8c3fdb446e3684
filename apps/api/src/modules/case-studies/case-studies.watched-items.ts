import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';

import { Audience } from '../../common/visibility/audience';
import { WatchedItemSource } from '../../common/watching/watched-items';
import type { WatchedItem, WatchedItemSourceProvider } from '../../common/watching/watched-items';
import { DirectoryRepository } from '../directory/directory.repository';
import { CaseStudyStatus } from './case-study.enums';

interface Row {
  id: string;
  slug: string;
  title: string;
  status: string;
  organisation_id: string;
  ics_id: string | null;
  author_id: string | null;
  reviewed_by_id: string | null;
  published_at: Date | null;
  themes: string[];
}

/**
 * Case studies for watchers: a published case study belongs to its ICS, its
 * themes and its organisation; its author is never alerted about it. Two
 * statements whatever the number of ids.
 */
@WatchedItemSource({ type: 'CASE_STUDY', feature: 'case-studies' })
@Injectable()
export class CaseStudiesWatchedItems implements WatchedItemSourceProvider {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly directory: DirectoryRepository,
  ) {}

  async publishedBetween(from: Date, to: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM case_study
        WHERE status = $1 AND published_at >= $2 AND published_at < $3
        ORDER BY published_at LIMIT $4`,
      [CaseStudyStatus.PUBLISHED, from, to, limit],
    );
    return rows.map((r) => r.id);
  }

  async describe(ids: readonly string[]): Promise<WatchedItem[]> {
    const wanted = ids.filter((id) => isUUID(id, 'loose'));
    if (!wanted.length) return [];
    const rows: Row[] = await this.db.query(
      `SELECT c.id, c.slug, c.title, c.status, c.organisation_id, c.ics_id, c.author_id,
              c.reviewed_by_id, c.published_at,
              coalesce(array_agg(t.theme_key ORDER BY t.theme_key) FILTER (WHERE t.theme_key IS NOT NULL), '{}') AS themes
         FROM case_study c LEFT JOIN case_study_theme t ON t.case_study_id = c.id
        WHERE c.id = ANY($1::uuid[])
        GROUP BY c.id`,
      [wanted],
    );
    const icsIds = [...new Set(rows.flatMap((r) => (r.ics_id ? [r.ics_id] : [])))];
    const codes = new Map(
      (icsIds.length ? await this.directory.findIcssByIds(icsIds) : []).map((i) => [
        i.id,
        i.odsCode,
      ]),
    );
    return rows.map((r) => {
      const ics = r.ics_id ? codes.get(r.ics_id) : undefined;
      const published = r.status === CaseStudyStatus.PUBLISHED;
      return {
        type: 'CASE_STUDY',
        id: r.id,
        title: r.title,
        summary: `New case study published: ${r.title}`,
        url: `/case-studies/${r.slug}`,
        published,
        subjects: [
          ...(ics ? [{ type: 'ICS', id: ics }] : []),
          ...r.themes.map((key) => ({ type: 'THEME', id: key })),
          { type: 'ORGANISATION', id: r.organisation_id },
        ],
        authorIds: r.author_id ? [r.author_id] : [],
        audience: published ? [Audience.anyone()] : [],
        publishedAt: r.published_at,
        publishedBy: r.reviewed_by_id,
      };
    });
  }
}
