import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';

import { beforeParam, FeedSource } from '../../common/feed/feed-source';
import type { FeedItem, FeedQuery, FeedSourceProvider } from '../../common/feed/feed-source';
import { Audience } from '../../common/visibility/audience';

const SUBJECT_TYPES = ['CASE_STUDY', 'EVENT', 'TOOLKIT'];

interface Row {
  id: string;
  thread_id: string;
  title: string;
  author_id: string;
  created_at: Date;
  started: boolean;
  reply_to_viewer: boolean;
  mentions_viewer: boolean;
}

/**
 * Discussions in the home feed: new threads and replies in followed threads
 * and on followed case studies, events and toolkits, plus replies to the
 * viewer and posts mentioning them. Never the viewer's own posts, nor
 * hidden or deleted ones. Discussions are for signed-in people.
 */
@FeedSource({
  source: 'discussions',
  subjectTypes: ['THREAD', ...SUBJECT_TYPES],
  aboutViewer: true,
})
@Injectable()
export class DiscussionsFeedSource implements FeedSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async items(query: FeedQuery): Promise<FeedItem[]> {
    const subjects = query.subjects ?? [];
    const threadIds = subjects
      .filter((s) => s.type === 'THREAD' && isUUID(s.id, 'loose'))
      .map((s) => s.id);
    const subjectKeys = subjects
      .filter((s) => SUBJECT_TYPES.includes(s.type))
      .map((s) => `${s.type}:${s.id}`);
    const viewerId = query.viewer?.id ?? null;
    const rows: Row[] = await this.db.query(
      `SELECT c.id, c.thread_id, t.title, c.author_id, c.created_at,
              c.created_at <= t.created_at AS started,
              ($5::uuid IS NOT NULL AND p.author_id = $5::uuid) AS reply_to_viewer,
              ($5::uuid IS NOT NULL AND c.body LIKE '%(mention:' || $5::text || ')%') AS mentions_viewer
         FROM comment c
         JOIN thread t ON t.id = c.thread_id
         LEFT JOIN comment p ON p.id = c.parent_id
        WHERE c.deleted_at IS NULL AND c.hidden_at IS NULL AND c.created_at < $4
          AND ($5::uuid IS NULL OR c.author_id <> $5::uuid)
          AND ($1::boolean OR t.id = ANY($2::uuid[]) OR (t.subject_type || ':' || t.subject_id) = ANY($3::text[])
               OR ($5::uuid IS NOT NULL AND (p.author_id = $5::uuid OR c.body LIKE '%(mention:' || $5::text || ')%')))
        ORDER BY c.created_at DESC, c.id LIMIT $6`,
      [
        query.subjects === null,
        threadIds,
        subjectKeys,
        beforeParam(query.before),
        viewerId,
        query.limit,
      ],
    );
    return rows.map((r) => {
      const verb = r.mentions_viewer
        ? 'MENTIONED_YOU'
        : r.reply_to_viewer
          ? 'REPLIED_TO_YOU'
          : r.started
            ? 'THREAD_STARTED'
            : 'COMMENT_POSTED';
      const summary = {
        MENTIONED_YOU: `You were mentioned in ${r.title}`,
        REPLIED_TO_YOU: `New reply to you in ${r.title}`,
        THREAD_STARTED: `New discussion: ${r.title}`,
        COMMENT_POSTED: `New reply in ${r.title}`,
      }[verb];
      return {
        id: r.id,
        verb,
        summary,
        subject: {
          type: 'THREAD',
          id: r.thread_id,
          title: r.title,
          url: `/discussions/${r.thread_id}`,
        },
        actorId: r.author_id,
        occurredAt: new Date(r.created_at),
        audience: [Audience.signedIn()],
      };
    });
  }
}
