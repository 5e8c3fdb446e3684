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

  @Query(() => [FollowModel], { description: 'What you follow.' })
  async myFollows(@CurrentUser() user: AuthUser): Promise<FollowModel[]> {
    return (await this.follows.myFollows(user)).map((row) => ({
      targetType: row.targetType as FollowTargetType,
      targetId: row.targetId,
      level: row.level as FollowLevel,
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
