import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { REVIEWER_ROLES } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Policy, Roles } from '../../common/auth/roles.decorator';
import type { Connection } from '../../common/graphql/pagination';
import { toCommentModel } from '../discussions/discussions.mapper';
import { CommentModel } from '../discussions/graphql/discussion.models';
import {
  FlagCommentInput,
  ModerateCommentInput,
  ModerationItemConnection,
  ModerationQueueArgs,
} from './graphql/moderation.models';
import type { ModerationItemModel } from './graphql/moderation.models';
import { ModerationService } from './moderation.service';
import { SearchChanged } from '../../common/search/search-changed.decorator';

@Resolver()
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @Policy('any signed-in member, once per comment; 3 verified flaggers hide it pending review')
  @Mutation(() => CommentModel, { description: 'Flag a comment for the moderators.' })
  @SearchChanged({ COMMENT: (c: { id: string }) => [c.id], THREAD: (c: { threadId: string }) => [c.threadId] })
  async flagComment(
    @CurrentUser() user: AuthUser,
    @Args('input') input: FlagCommentInput,
  ): Promise<CommentModel> {
    return toCommentModel(await this.moderation.flagComment(user, input), user);
  }

  @Roles(...REVIEWER_ROLES)
  @Mutation(() => CommentModel, {
    description: 'Hide, restore, dismiss flags, warn or suspend (moderators; audited).',
  })
  @SearchChanged({ COMMENT: (c: { id: string }) => [c.id], THREAD: (c: { threadId: string }) => [c.threadId] })
  async moderateComment(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ModerateCommentInput,
  ): Promise<CommentModel> {
    return toCommentModel(await this.moderation.moderateComment(user, input), user);
  }

  @Roles(...REVIEWER_ROLES)
  @Query(() => ModerationItemConnection, { description: 'Comments awaiting review (moderators).' })
  moderationQueue(
    @CurrentUser() user: AuthUser,
    @Args() args: ModerationQueueArgs,
  ): Promise<Connection<ModerationItemModel>> {
    return this.moderation.queue(user, args);
  }
}
