import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Policy } from '../../common/auth/roles.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import { UserModel } from '../users/graphql/user.model';
import { toUserModel } from '../users/users.mapper';
import type { ReactionKind } from './discussions.constants';
import { toCommentModel, toRevisionModel, toThreadModel } from './discussions.mapper';
import { canDeleteComment, canEditComment } from './discussions.policy';
import { DiscussionsErrorCode, DiscussionsException } from './discussions.exception';
import { DiscussionsService } from './discussions.service';
import {
  DeleteCommentInput,
  EditCommentInput,
  PostCommentInput,
  ReactInput,
} from './graphql/discussion.inputs';
import {
  CommentModel,
  CommentRevisionModel,
  ReactionSummaryModel,
  ThreadModel,
} from './graphql/discussion.models';
import { SearchChanged } from '../../common/search/search-changed.decorator';

@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(private readonly discussions: DiscussionsService) {}

  /** Read like its thread (`thread(id)`): any signed-in member; removed and hidden ones show as such. */
  @Query(() => CommentModel, {
    description:
      'One comment (members only, like its thread), wherever it sits in the thread: for editing or removing one beyond the first page.',
  })
  async comment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() viewer: AuthUser,
  ): Promise<CommentModel> {
    const comment = await this.discussions.findComment(id);
    if (!comment) throw new DiscussionsException(DiscussionsErrorCode.CommentNotFound);
    return toCommentModel(comment, viewer);
  }

  @Policy(
    'any signed-in member who is not suspended; thread not locked (unless moderator/owner); new-account rate limit in the database',
  )
  @Mutation(() => CommentModel, {
    description: 'Post a comment or a reply; mentions and the person replied to are notified.',
  })
  @SearchChanged({
    COMMENT: (c: { id: string }) => [c.id],
    THREAD: (c: { threadId: string }) => [c.threadId],
  })
  async postComment(
    @CurrentUser() user: AuthUser,
    @Args('input') input: PostCommentInput,
  ): Promise<CommentModel> {
    return toCommentModel(await this.discussions.postComment(user, input), user);
  }

  @Policy(
    'discussions.policy canEditComment: the author only; the old body is kept in the edit history',
  )
  @Mutation(() => CommentModel, { description: 'Edit your comment (history stays visible).' })
  @SearchChanged({
    COMMENT: (c: { id: string }) => [c.id],
    THREAD: (c: { threadId: string }) => [c.threadId],
  })
  async editComment(
    @CurrentUser() user: AuthUser,
    @Args('input') input: EditCommentInput,
  ): Promise<CommentModel> {
    return toCommentModel(await this.discussions.editComment(user, input), user);
  }

  @Policy('discussions.policy canDeleteComment: the author or a moderator')
  @Mutation(() => CommentModel, { description: 'Remove a comment (it shows as removed).' })
  @SearchChanged({
    COMMENT: (c: { id: string }) => [c.id],
    THREAD: (c: { threadId: string }) => [c.threadId],
  })
  async deleteComment(
    @CurrentUser() user: AuthUser,
    @Args('input') input: DeleteCommentInput,
  ): Promise<CommentModel> {
    return toCommentModel(await this.discussions.deleteComment(user, input), user);
  }

  @Policy('any signed-in member; one reaction per kind per person')
  @Mutation(() => CommentModel, { description: 'Add or remove a reaction.' })
  async react(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ReactInput,
  ): Promise<CommentModel> {
    return toCommentModel(await this.discussions.react(user, input), user);
  }

  @ResolveField(() => UserModel, { description: 'Who wrote it.' })
  async author(comment: CommentModel, _args: unknown, ctx: GqlContext): Promise<UserModel> {
    const user = await ctx.loaders.userById.load(comment.authorId);
    if (!user) throw new Error(`user ${comment.authorId} missing`);
    return toUserModel(user);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you may edit it (discussions.policy canEditComment: its author).',
  })
  viewerCanEdit(comment: CommentModel, _args: unknown, ctx: GqlContext): boolean {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    return !!viewer && !comment.deleted && canEditComment(viewer, comment);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether you may remove it (discussions.policy canDeleteComment: its author or a moderator).',
  })
  viewerCanDelete(comment: CommentModel, _args: unknown, ctx: GqlContext): boolean {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    return !!viewer && !comment.deleted && canDeleteComment(viewer, comment);
  }

  @ResolveField(() => ThreadModel, { description: 'The thread it is in.' })
  async thread(comment: CommentModel, _args: unknown, ctx: GqlContext): Promise<ThreadModel> {
    const thread = await ctx.loaders.threadById.load(comment.threadId);
    if (!thread) throw new Error(`thread ${comment.threadId} missing`);
    return toThreadModel(thread);
  }

  @ResolveField(() => [ReactionSummaryModel], {
    description: 'Reaction counts by kind (kinds with none are omitted).',
  })
  async reactions(
    comment: CommentModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<ReactionSummaryModel[]> {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    const rows = await ctx.loaders.reactionsByCommentId.load({
      commentId: comment.id,
      viewerId: viewer?.id ?? null,
    });
    return rows.map((r) => ({
      kind: r.kind as ReactionKind,
      count: r.count,
      reactedByMe: r.reactedByMe,
    }));
  }

  @ResolveField(() => [CommentRevisionModel], {
    description: 'Edit history, newest first (visible to all members).',
  })
  async revisions(
    comment: CommentModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<CommentRevisionModel[]> {
    if (comment.deleted || (comment.hidden && !comment.body)) return [];
    return (await ctx.loaders.revisionsByCommentId.load(comment.id)).map(toRevisionModel);
  }
}
