import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';

import { DirectoryRepository } from '../directory/directory.repository';
import { CommentEntity } from './entities/comment.entity';
import { ThreadEntity } from './entities/thread.entity';
import { SubjectRegistry } from './subjects/subject-registry';

/** What the thread list is narrowed by (all optional). */
export interface ThreadListFilter {
  subjectType?: string | null;
  subjectId?: string | null;
  /** The ICS (id when known, and its ODS code). */
  ics?: { id: string | null; code: string } | null;
  themeKey?: string | null;
  unanswered?: boolean | null;
  /** Only threads this person started or commented in. */
  mineOf?: string | null;
}

/** The SQL of the thread list (`/discussions`): threads whose subjects members may see. */
@Injectable()
export class ThreadListRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly subjects: SubjectRegistry,
    private readonly directory: DirectoryRepository,
  ) {}

  /**
   * Every thread whose subject members may see (the providers' listing read
   * model, `SubjectRegistry.listing`), narrowed by the filter: one statement,
   * with the total from a window function. Pinned first, then latest activity.
   */
  async findThreadList(
    filter: ThreadListFilter,
    limit: number,
    offset: number,
  ): Promise<[ThreadEntity[], number]> {
    const listing = this.subjects.listing();
    const params: unknown[] = [listing.types];
    const where: string[] = [
      listing.sql
        ? '(s.subject_key IS NOT NULL OR NOT (t.subject_type = ANY($1::text[])))'
        : 'TRUE',
    ];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.subjectType) where.push(`t.subject_type = ${param(filter.subjectType)}`);
    if (filter.subjectId) where.push(`t.subject_id = ${param(filter.subjectId)}`);
    if (filter.ics) {
      const id = filter.ics.id ? param(filter.ics.id) : 'NULL';
      const code = param(filter.ics.code);
      where.push(`(${id}::uuid = ANY(s.ics_ids) OR ${code}::text = ANY(s.ics_codes))`);
    }
    if (filter.themeKey) {
      const key = param(filter.themeKey);
      where.push(
        `(${key}::text = ANY(s.theme_keys) OR (t.subject_type = 'THEME' AND t.subject_id = ${key}))`,
      );
    }
    if (filter.unanswered) where.push('t.accepted_comment_id IS NULL');
    if (filter.mineOf) {
      const me = param(filter.mineOf);
      where.push(
        `(t.author_id = ${me}::uuid OR EXISTS (SELECT 1 FROM comment c WHERE c.thread_id = t.id AND c.author_id = ${me}::uuid))`,
      );
    }
    const join = listing.sql
      ? `LEFT JOIN (${listing.sql}) s
           ON s.subject_type = t.subject_type AND s.subject_key = split_part(t.subject_id, ':', 1)`
      : `LEFT JOIN (SELECT NULL::text AS subject_key, '{}'::uuid[] AS ics_ids, '{}'::text[] AS ics_codes,
                           '{}'::text[] AS theme_keys) s ON FALSE`;
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT t.id, t.subject_type, t.subject_id, t.title, t.author_id, t.accepted_comment_id,
              t.pinned_at, t.locked_at, t.comment_count, t.created_at, t.last_activity_at,
              t.client_key, count(*) OVER () AS total
         FROM thread t
         ${join}
        WHERE ${where.join(' AND ')}
        ORDER BY t.pinned_at DESC NULLS LAST, t.last_activity_at DESC, t.id
        LIMIT ${param(limit)} OFFSET ${param(offset)}`,
      params,
    );
    if (!rows.length && offset > 0) {
      // Past the end: the window gives no total, so count once (rare: a stale page link).
      const [, total] = await this.findThreadList(filter, 1, 0);
      return [[], total];
    }
    const total = rows.length ? Number(rows[0]['total']) : 0;
    return [
      rows.map((r) =>
        this.db.getRepository(ThreadEntity).create({
          id: r['id'] as string,
          subjectType: r['subject_type'] as string,
          subjectId: r['subject_id'] as string,
          title: r['title'] as string,
          authorId: r['author_id'] as string,
          acceptedCommentId: (r['accepted_comment_id'] as string | null) ?? null,
          pinnedAt: (r['pinned_at'] as Date | null) ?? null,
          lockedAt: (r['locked_at'] as Date | null) ?? null,
          commentCount: Number(r['comment_count']),
          createdAt: r['created_at'] as Date,
          lastActivityAt: r['last_activity_at'] as Date,
          clientKey: (r['client_key'] as string | null) ?? null,
        }),
      ),
      total,
    ];
  }

  /** The ICS with this ODS code (for the thread list's ICS filter). */
  async icsIdByCode(code: string): Promise<string | null> {
    return (await this.directory.findIcsByOdsCode(code))?.id ?? null;
  }

  /**
   * Each author's latest comments that anyone signed in may read (not removed,
   * not hidden, in a thread whose subject members may see): at most `perAuthor`
   * each, newest first, in one statement for any number of authors.
   */
  async recentCommentsByAuthors(
    authorIds: readonly string[],
    perAuthor: number,
  ): Promise<CommentEntity[]> {
    const listing = this.subjects.listing();
    const join = listing.sql
      ? `LEFT JOIN (${listing.sql}) s
           ON s.subject_type = t.subject_type AND s.subject_key = split_part(t.subject_id, ':', 1)`
      : `LEFT JOIN (SELECT NULL::text AS subject_key) s ON FALSE`;
    const visible = listing.sql
      ? '(s.subject_key IS NOT NULL OR NOT (t.subject_type = ANY($1::text[])))'
      : 'TRUE';
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM (
         SELECT c.id, row_number() OVER (PARTITION BY c.author_id ORDER BY c.created_at DESC, c.id) AS n
           FROM comment c
           JOIN thread t ON t.id = c.thread_id
           ${join}
          WHERE c.author_id = ANY($2::uuid[]) AND c.deleted_at IS NULL AND c.hidden_at IS NULL
            AND ${visible}
       ) ranked WHERE n <= $3`,
      [listing.types, [...authorIds], perAuthor],
    );
    if (!rows.length) return [];
    const comments = await this.db
      .getRepository(CommentEntity)
      .findBy({ id: In(rows.map((r) => r.id)) });
    return comments.sort(
      (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id),
    );
  }
}
