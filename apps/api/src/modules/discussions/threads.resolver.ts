import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Policy } from '../../common/auth/roles.decorator';
import type { Connection } from '../../common/graphql/pagination';
import type { GqlContext } from '../../common/graphql/gql-context';
import { UserModel } from '../users/graphql/user.model';
import { toUserModel } from '../users/users.mapper';
import { toCommentModel, toThreadModel } from './discussions.mapper';
import { canAcceptAnswer, canManageThread } from './discussions.policy';
import type { SubjectOwnership } from './discussions.policy';
import { DiscussionsService } from './discussions.service';
import { ThreadListService } from './thread-list.service';
import {
  AcceptAnswerInput,
  SetThreadStateInput,
  StartThreadInput,
  ThreadsArgs,
} from './graphql/discussion.inputs';
import {
  CommentConnection,
  CommentsArgs,
  ThreadConnection,
  ThreadModel,
  ThreadSubjectSummaryModel,
} from './graphql/discussion.models';
import type { CommentModel } from './graphql/discussion.models';
import { SearchChanged } from '../../common/search/search-changed.decorator';

@Resolver(() => ThreadModel)
export class ThreadsResolver {
  constructor(
    private readonly discussions: DiscussionsService,
    private readonly threadList: ThreadListService,
  ) {}

  @Query(() => ThreadModel, { description: 'One thread (members only).' })
  async thread(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<ThreadModel> {
    const thread = await this.discussions.threadWithAuthor(id);
    // The author came with the thread: the page's comment authors batch on their own.
    if (thread.author) ctx.loaders.userById.prime(thread.author.id, thread.author);
    return toThreadModel(thread);
  }

  @Query(() => ThreadConnection, {
    description:
      'Threads about a subject, or every thread you may see (its subject visible to members) narrowed by subject type, ICS, theme, unanswered and mine: pinned first, then latest activity.',
  })
  threads(
    @CurrentUser() viewer: AuthUser,
    @Args() args: ThreadsArgs,
  ): Promise<Connection<ThreadModel>> {
    return this.threadList.threads(viewer, args);
  }

  @Policy(
    'any signed-in member who is not suspended; subject must exist; new-account rate limit in the database',
  )
  @Mutation(() => ThreadModel, {
    description: 'Start a thread with its first comment; you then watch it.',
  })
  @SearchChanged({ THREAD: (th: { id: string }) => [th.id] })
  async startThread(
    @CurrentUser() user: AuthUser,
    @Args('input') input: StartThreadInput,
  ): Promise<ThreadModel> {
    return toThreadModel(await this.discussions.startThread(user, input));
  }

  @Policy('discussions.policy canAcceptAnswer: thread starter or subject owner')
  @Mutation(() => ThreadModel, { description: 'Choose (or clear) the accepted answer.' })
  async acceptAnswer(
    @CurrentUser() user: AuthUser,
    @Args('input') input: AcceptAnswerInput,
  ): Promise<ThreadModel> {
    return toThreadModel(await this.discussions.acceptAnswer(user, input));
  }

  @Policy('discussions.policy canManageThread: moderators or subject owners')
  @Mutation(() => ThreadModel, { description: 'Pin/unpin or lock/unlock a thread.' })
  async setThreadState(
    @CurrentUser() user: AuthUser,
    @Args('input') input: SetThreadStateInput,
  ): Promise<ThreadModel> {
    return toThreadModel(await this.discussions.setThreadState(user, input));
  }

  @ResolveField(() => UserModel, { description: 'Who started it.' })
  async author(thread: ThreadModel, _args: unknown, ctx: GqlContext): Promise<UserModel> {
    const user = await ctx.loaders.userById.load(thread.authorId);
    if (!user) throw new Error(`user ${thread.authorId} missing`);
    return toUserModel(user);
  }

  @ResolveField(() => ThreadSubjectSummaryModel, {
    nullable: true,
    description: 'What it is about (title and link); null when members may no longer see it.',
  })
  async subject(
    thread: ThreadModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<ThreadSubjectSummaryModel | null> {
    const subject = await ctx.loaders.subjectByKey.load({
      type: thread.subjectType,
      id: thread.subjectId,
    });
    return subject ? { title: subject.title, link: subject.link } : null;
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether you may pin, unpin, lock and unlock it (discussions.policy canManageThread: moderators and owners of its subject).',
  })
  async viewerCanManage(thread: ThreadModel, _args: unknown, ctx: GqlContext): Promise<boolean> {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    if (!viewer) return false;
    return canManageThread(viewer, await this.ownership(thread, ctx));
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether you may choose or clear its accepted answer (discussions.policy canAcceptAnswer: the starter or an owner of its subject).',
  })
  async viewerCanAccept(thread: ThreadModel, _args: unknown, ctx: GqlContext): Promise<boolean> {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    if (!viewer) return false;
    return canAcceptAnswer(viewer, thread, await this.ownership(thread, ctx));
  }

  private async ownership(thread: ThreadModel, ctx: GqlContext): Promise<SubjectOwnership> {
    const subject = await ctx.loaders.subjectByKey.load({
      type: thread.subjectType,
      id: thread.subjectId,
    });
    return subject ?? { ownerUserIds: [], ownerOrganisationId: null };
  }

  @ResolveField(() => CommentConnection, {
    description: 'Comments in posting order (replies carry parentId).',
  })
  async comments(
    @Parent() thread: ThreadModel,
    @Args() args: CommentsArgs,
    @CurrentUser() viewer: AuthUser | null,
  ): Promise<Connection<CommentModel>> {
    const page = await this.discussions.comments(thread, args);
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toCommentModel(e.node, viewer) })),
    };
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Minutes from the start of the thread to the first reply by an owner of its subject (the originator); null until then.',
  })
  originatorReplyMinutes(
    thread: ThreadModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<number | null> {
    return ctx.loaders.originatorReplyByThreadId.load(thread.id);
  }
}
