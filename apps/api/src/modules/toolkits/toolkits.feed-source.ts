import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';

import { beforeParam, FeedSource, followedIds } from '../../common/feed/feed-source';
import type { FeedItem, FeedQuery, FeedSourceProvider } from '../../common/feed/feed-source';
import { Audience } from '../../common/visibility/audience';

interface Row {
  id: string;
  number: number;
  changelog: string;
  published_at: Date;
  published_by_id: string | null;
  toolkit_id: string;
  slug: string;
  title: string;
}

/** New toolkit versions in the home feed, for the toolkit's followers; toolkits are for signed-in people. */
@FeedSource({ source: 'toolkits', subjectTypes: ['TOOLKIT'] })
@Injectable()
export class ToolkitsFeedSource implements FeedSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async items(query: FeedQuery): Promise<FeedItem[]> {
    const rows: Row[] = await this.db.query(
      `SELECT v.id, v.number, v.changelog, v.published_at, v.published_by_id, t.id AS toolkit_id, t.slug, t.title
         FROM toolkit_version v JOIN toolkit t ON t.id = v.toolkit_id
        WHERE ($1::boolean OR t.id = ANY($2::uuid[])) AND v.published_at < $3
        ORDER BY v.published_at DESC, v.id LIMIT $4`,
      [
        query.subjects === null,
        followedIds(query.subjects, 'TOOLKIT', (id) => isUUID(id, 'loose')),
        beforeParam(query.before),
        query.limit,
      ],
    );
    return rows.map((r) => ({
      id: r.id,
      verb: r.number === 1 ? 'TOOLKIT_PUBLISHED' : 'TOOLKIT_VERSION_PUBLISHED',
      summary:
        r.number === 1
          ? `New toolkit: ${r.title}`
          : `Version ${r.number} of ${r.title}${r.changelog ? `: ${r.changelog}` : ''}`,
      subject: { type: 'TOOLKIT', id: r.toolkit_id, title: r.title, url: `/toolkits/${r.slug}` },
      actorId: r.published_by_id,
      occurredAt: new Date(r.published_at),
      audience: [Audience.signedIn()],
    }));
  }
}
