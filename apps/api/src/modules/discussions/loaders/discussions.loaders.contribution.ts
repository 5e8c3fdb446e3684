import { defineLoaders } from '../../../common/loaders/request-loaders';
import { DiscussionsRepository } from '../discussions.repository';
import {
  originatorReplyByThreadIdLoader,
  reactionsByCommentIdLoader,
  revisionsByCommentIdLoader,
} from './discussions.loaders';

/** Discussions' DataLoaders, fresh for each request. */
const discussionsLoaders = (repo: DiscussionsRepository) => ({
  reactionsByCommentId: reactionsByCommentIdLoader(repo),
  revisionsByCommentId: revisionsByCommentIdLoader(repo),
  originatorReplyByThreadId: originatorReplyByThreadIdLoader(repo),
});

type DiscussionsLoaders = ReturnType<typeof discussionsLoaders>;

declare module '../../../common/loaders/request-loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the discussions loaders to the bag
  interface RequestLoaders extends DiscussionsLoaders {}
}

/** Contributes the discussions loaders to `ctx.loaders` (see common/loaders/request-loaders.ts). */
export const DiscussionsLoadersContribution = defineLoaders(
  'discussions',
  [DiscussionsRepository],
  discussionsLoaders,
);
