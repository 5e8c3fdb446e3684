import { defineLoaders } from '../../../common/loaders/request-loaders';
import { DiscussionsRepository } from '../discussions.repository';
import { SubjectRegistry } from '../subjects/subject-registry';
import { ThreadListRepository } from '../thread-list.repository';
import {
  originatorReplyByThreadIdLoader,
  recentCommentsByAuthorIdLoader,
  subjectByKeyLoader,
  threadByIdLoader,
  reactionsByCommentIdLoader,
  revisionsByCommentIdLoader,
} from './discussions.loaders';

/** Discussions' DataLoaders, fresh for each request. */
const discussionsLoaders = (
  repo: DiscussionsRepository,
  list: ThreadListRepository,
  subjects: SubjectRegistry,
) => ({
  subjectByKey: subjectByKeyLoader(subjects),
  recentCommentsByAuthorId: recentCommentsByAuthorIdLoader(list),
  threadById: threadByIdLoader(repo),
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
  [DiscussionsRepository, ThreadListRepository, SubjectRegistry],
  discussionsLoaders,
);
