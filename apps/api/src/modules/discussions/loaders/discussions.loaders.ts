import DataLoader from 'dataloader';

import { byKey, groupBy } from '../../../common/loaders/loader-utils';
import type { DiscussionsRepository, ReactionCountRow } from '../discussions.repository';
import type { CommentEntity } from '../entities/comment.entity';
import type { CommentRevisionEntity } from '../entities/comment-revision.entity';
import type { ThreadEntity } from '../entities/thread.entity';
import type { ThreadListRepository } from '../thread-list.repository';
import type { ThreadSubjectType } from '../discussions.constants';
import type { SubjectRegistry, ThreadSubject } from '../subjects/subject-registry';

export interface ReactionKey {
  commentId: string;
  viewerId: string | null;
}

/** Reaction counts per comment, with the viewer's own reactions flagged: one query per page. */
export const reactionsByCommentIdLoader = (repo: DiscussionsRepository) =>
  new DataLoader<ReactionKey, ReactionCountRow[], string>(
    async (keys) => {
      const viewerId = keys[0]?.viewerId ?? null;
      const rows = await repo.reactionCounts(
        keys.map((k) => k.commentId),
        viewerId,
      );
      return groupBy(
        keys.map((k) => k.commentId),
        rows,
        (r) => r.commentId,
      );
    },
    { cacheKeyFn: (k) => `${k.viewerId ?? ''}|${k.commentId}` },
  );

export const revisionsByCommentIdLoader = (repo: DiscussionsRepository) =>
  new DataLoader<string, CommentRevisionEntity[]>(async (ids) =>
    groupBy(ids, await repo.findRevisionsByCommentIds(ids), (r) => r.commentId),
  );

/** Minutes until the subject's originator first replied, per thread (null: not yet, or no owner). */
export const originatorReplyByThreadIdLoader = (repo: DiscussionsRepository) =>
  new DataLoader<string, number | null>(async (ids) =>
    byKey(ids, await repo.originatorReplyMinutes(ids), (r) => r.threadId).map(
      (r) => r?.minutes ?? null,
    ),
  );

/** How many recent comments a profile shows. */
export const PROFILE_RECENT_COMMENTS = 10;

/** Each person's latest readable comments, newest first (for their profile): one statement per batch. */
export const recentCommentsByAuthorIdLoader = (list: ThreadListRepository) =>
  new DataLoader<string, CommentEntity[]>(async (ids) =>
    groupBy(
      ids,
      await list.recentCommentsByAuthors(ids, PROFILE_RECENT_COMMENTS),
      (c) => c.authorId,
    ),
  );

/** Threads by id (for a comment's thread): one statement per batch. */
export const threadByIdLoader = (repo: DiscussionsRepository) =>
  new DataLoader<string, ThreadEntity | null>(async (ids) =>
    byKey(ids, await repo.findThreadsByIds(ids), (t) => t.id),
  );

/** A thread's subject key for `subjectByKey`. */
export interface SubjectKey {
  type: string;
  id: string;
}

/** Subjects (title and link), one provider call per subject type in the batch: bounded by the number of types, never by page size. */
export const subjectByKeyLoader = (subjects: SubjectRegistry) =>
  new DataLoader<SubjectKey, ThreadSubject | null, string>(
    async (keys) => {
      const byType = new Map<string, string[]>();
      for (const k of keys) byType.set(k.type, [...(byType.get(k.type) ?? []), k.id]);
      const found = new Map<string, Map<string, ThreadSubject>>();
      await Promise.all(
        [...byType].map(async ([type, ids]) =>
          found.set(type, await subjects.resolveMany(type as ThreadSubjectType, ids)),
        ),
      );
      return keys.map((k) => found.get(k.type)?.get(k.id) ?? null);
    },
    { cacheKeyFn: (k) => `${k.type}|${k.id}` },
  );
