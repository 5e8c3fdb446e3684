import DataLoader from 'dataloader';

import { byKey, groupBy } from '../../../common/loaders/loader-utils';
import type { DiscussionsRepository, ReactionCountRow } from '../discussions.repository';
import type { CommentRevisionEntity } from '../entities/comment-revision.entity';

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
