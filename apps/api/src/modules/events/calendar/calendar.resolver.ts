import { Mutation, Query, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Policy } from '../../../common/auth/roles.decorator';
import { CalendarService } from './calendar.service';

/** The personal calendar feed's secret URL. */
@Resolver()
export class CalendarResolver {
  constructor(private readonly service: CalendarService) {}

  @Query(() => String, { description: 'Secret URL of your personal calendar feed of events you have a place at.' })
  myCalendarFeedUrl(@CurrentUser() user: AuthUser): Promise<string> {
    return this.service.calendarFeedUrl(user, false);
  }

  @Policy('the signed-in user, for their own feed')
  @Mutation(() => String, { description: 'Replace your calendar feed URL; the old one stops working.' })
  resetCalendarFeed(@CurrentUser() user: AuthUser): Promise<string> {
    return this.service.calendarFeedUrl(user, true);
  }
}
