import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Policy } from '../../common/auth/roles.decorator';
import type { FollowLevel, FollowTargetType } from './follows.constants';
import { FollowsService } from './follows.service';
import {
  FollowInput,
  FollowModel,
  NotificationSettingsModel,
  UnfollowInput,
  UpdateNotificationSettingsInput,
} from './graphql/follow.models';

@Resolver(() => FollowModel)
export class FollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @Policy('any signed-in user; follows are their own')
  @Mutation(() => FollowModel, {
    description: 'Follow something at a level (WATCHING, NORMAL or MUTED).',
  })
  async follow(
    @CurrentUser() user: AuthUser,
    @Args('input') input: FollowInput,
  ): Promise<FollowModel> {
    const row = await this.follows.follow(user, input);
    return {
      targetType: row.targetType as FollowTargetType,
      targetId: row.targetId,
      level: row.level as FollowLevel,
    };
  }

  @Policy('any signed-in user; only their own follows')
  @Mutation(() => Boolean, {
    description: 'Stop following something (NOT_FOUND when not following it).',
  })
  unfollow(@CurrentUser() user: AuthUser, @Args('input') input: UnfollowInput): Promise<boolean> {
    return this.follows.unfollow(user, input);
  }

  @Query(() => [FollowModel], {
    description: 'What you follow, newest first, with names and pages.',
  })
  async myFollows(@CurrentUser() user: AuthUser): Promise<FollowModel[]> {
    return (await this.follows.myFollowsDescribed(user)).map(({ follow, target }) => ({
      targetType: follow.targetType as FollowTargetType,
      targetId: follow.targetId,
      level: follow.level as FollowLevel,
      title: target?.title ?? null,
      url: target?.url ?? null,
    }));
  }

  @Query(() => NotificationSettingsModel, { description: 'Your email choices.' })
  notificationSettings(@CurrentUser() user: AuthUser): Promise<NotificationSettingsModel> {
    return this.follows.settings(user);
  }

  @Policy('any signed-in user; own settings only')
  @Mutation(() => NotificationSettingsModel, {
    description: 'Change your digest frequency and email opt-outs.',
  })
  updateNotificationSettings(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateNotificationSettingsInput,
  ): Promise<NotificationSettingsModel> {
    return this.follows.updateSettings(user, input);
  }
}
