import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';

import { beforeParam, FeedSource, followedIds } from '../../common/feed/feed-source';
import type { FeedItem, FeedQuery, FeedSourceProvider } from '../../common/feed/feed-source';
import { Audience } from '../../common/visibility/audience';
import { DirectoryRepository } from '../directory/directory.repository';

const uuid = (id: string) => isUUID(id, 'loose');

interface Row {
  item_id: string;
  verb: 'CASE_STUDY_PUBLISHED' | 'CASE_STUDY_UPDATED';
  occurred_at: Date;
  actor_id: string | null;
  note: string | null;
  id: string;
  slug: string;
  title: string;
}

/**
 * Case studies in the home feed: newly published ones and edits to published
 * ones, for followers of the case study, its ICS, its themes or its
 * organisation. Only published case studies appear, to anyone: drafts,
 * submissions and archived ones never do.
 */
@FeedSource({ source: 'case-studies', subjectTypes: ['CASE_STUDY', 'ICS', 'THEME', 'ORGANISATION'] })
@Injectable()
export class CaseStudiesFeedSource implements FeedSourceProvider {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly directory: DirectoryRepository,
  ) {}

  async items(query: FeedQuery): Promise<FeedItem[]> {
    const codes = followedIds(query.subjects, 'ICS');
    const icsIds = codes.length
      ? (await this.directory.findIcssByOdsCodes(codes)).map((i) => i.id)
      : [];
    const rows: Row[] = await this.db.query(
      `WITH cs AS (
         SELECT c.id, c.slug, c.title, c.published_at, c.author_id FROM case_study c
          WHERE c.status = 'PUBLISHED'
            AND ($1::boolean OR c.id = ANY($2::uuid[]) OR c.ics_id = ANY($3::uuid[])
                 OR c.organisation_id = ANY($4::uuid[])
                 OR EXISTS (SELECT 1 FROM case_study_theme t WHERE t.case_study_id = c.id AND t.theme_key = ANY($5::text[]))))
       SELECT * FROM (
         SELECT 'p:' || cs.id AS item_id, 'CASE_STUDY_PUBLISHED' AS verb, cs.published_at AS occurred_at,
                cs.author_id AS actor_id, NULL AS note, cs.id, cs.slug, cs.title
           FROM cs WHERE cs.published_at IS NOT NULL AND cs.published_at < $6
         UNION ALL
         SELECT 'v:' || v.id, 'CASE_STUDY_UPDATED', v.created_at, v.created_by_id, v.change_note, cs.id, cs.slug, cs.title
           FROM case_study_version v JOIN cs ON cs.id = v.case_study_id
          WHERE v.kind = 'EDIT' AND v.created_at < $6 AND v.created_at > cs.published_at
       ) x ORDER BY occurred_at DESC, item_id LIMIT $7`,
      [
        query.subjects === null,
        followedIds(query.subjects, 'CASE_STUDY', uuid),
        icsIds,
        followedIds(query.subjects, 'ORGANISATION', uuid),
        followedIds(query.subjects, 'THEME'),
        beforeParam(query.before),
        query.limit,
      ],
    );
    return rows.map((r) => ({
      id: r.item_id,
      verb: r.verb,
      summary:
        r.verb === 'CASE_STUDY_PUBLISHED'
          ? `New case study published: ${r.title}`
          : `Case study updated: ${r.title}${r.note ? ` (${r.note})` : ''}`,
      subject: { type: 'CASE_STUDY', id: r.id, title: r.title, url: `/case-studies/${r.slug}` },
      actorId: r.actor_id,
      occurredAt: new Date(r.occurred_at),
      audience: [Audience.anyone()],
    }));
  }
}
