import DataLoader from 'dataloader';

import { groupBy } from '../../../common/loaders/loader-utils';
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
