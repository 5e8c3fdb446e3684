import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Policy } from '../../common/auth/roles.decorator';
import {
  MarkNotificationsReadInput,
  NotificationConnection,
  NotificationsArgs,
} from './graphql/notification.model';
import { NotificationsService } from './notifications.service';

@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(
    @CurrentUser() user: AuthUser,
    @Args() args: NotificationsArgs,
  ): Promise<NotificationConnection> {
    return this.service.list(user, args);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@CurrentUser() user: AuthUser): Promise<number> {
    return this.service.unreadCount(user);
  }

  @Policy('any signed-in user, own notifications only')
  @Mutation(() => Int, { description: 'Mark your notifications read; returns how many changed.' })
  markNotificationsRead(
    @CurrentUser() user: AuthUser,
    @Args('input') input: MarkNotificationsReadInput,
  ): Promise<number> {
    return this.service.markRead(user, input);
  }
}
