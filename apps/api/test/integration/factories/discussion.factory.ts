import type { DataSource } from 'typeorm';

import { renderCommentBody } from '../../../src/modules/discussions/discussions.service';

/** A thread with `count` comments spread over `authorIds`, each with reactions from `reactorIds` (bulk SQL). */
export async function createThreadWithComments(
  db: DataSource,
  opts: {
    authorIds: string[];
    count: number;
    reactorIds?: string[];
    subjectType?: string;
    subjectId?: string;
  },
): Promise<{ threadId: string; commentIds: string[] }> {
  const threads: { id: string }[] = await db.query(
    `INSERT INTO thread (subject_type, subject_id, title, author_id, comment_count) VALUES ($1, $2, 'Bulk thread', $3, $4) RETURNING id`,
    [opts.subjectType ?? 'GENERAL', opts.subjectId ?? 'general', opts.authorIds[0], opts.count],
  );
  const threadId = threads[0].id;
  const bodies = Array.from({ length: opts.count }, (_, i) => `Comment **${i}**`);
  const comments: { id: string }[] = await db.query(
    `INSERT INTO comment (thread_id, author_id, body, body_html, created_at)
     SELECT $1, ($2::uuid[])[1 + (i % array_length($2::uuid[], 1))], b, $4, now() - make_interval(secs => $5 - i)
       FROM unnest($3::text[]) WITH ORDINALITY AS t(b, i)
     RETURNING id`,
    [threadId, opts.authorIds, bodies, renderCommentBody('Comment'), opts.count + 10],
  );
  const commentIds = comments.map((c) => c.id);
  for (const reactor of opts.reactorIds ?? []) {
    await db.query(
      `INSERT INTO comment_reaction (comment_id, user_id, kind) SELECT id, $2, 'THUMBS_UP' FROM unnest($1::uuid[]) AS id`,
      [commentIds, reactor],
    );
  }
  return { threadId, commentIds };
}

/** Makes accounts older than a day (outside the new-account posting limit). */
export async function ageAccounts(db: DataSource, userIds: string[]): Promise<void> {
  await db.query(
    `UPDATE app_user SET created_at = now() - interval '30 days' WHERE id = ANY($1::uuid[])`,
    [userIds],
  );
}
