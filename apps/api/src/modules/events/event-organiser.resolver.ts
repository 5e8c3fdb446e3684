import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Policy } from '../../common/auth/roles.decorator';
import type { Connection } from '../../common/graphql/pagination';
import { EventsService } from './events.service';
import { toDelegateModel, toRegistrationModel } from './events.mapper';
import { AttendanceRowModel, DelegateConnection, DelegateModel, RegistrationModel } from './graphql/event.model';
import { DelegatesArgs, EmailDelegatesInput, TagRegistrationInput } from './graphql/registration.input';

/** Organiser tools and the personal calendar feed. */
@Resolver()
export class EventOrganiserResolver {
  constructor(private readonly service: EventsService) {}

  @Query(() => DelegateConnection, { description: 'Delegates of an event, filtered (organisers only).' })
  async eventDelegates(@CurrentUser() user: AuthUser, @Args() args: DelegatesArgs): Promise<Connection<DelegateModel>> {
    const page = await this.service.delegates(user, args.eventId, args.filter ?? {}, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toDelegateModel(e.node) })) };
  }

  @Query(() => DelegateModel, {
    nullable: true,
    description: 'One delegate of an event by registration id (organisers only; null when the registration does not exist).',
  })
  async eventDelegate(
    @CurrentUser() user: AuthUser,
    @Args('registrationId', { type: () => ID }) registrationId: string,
  ): Promise<DelegateModel | null> {
    const row = await this.service.delegate(user, registrationId);
    return row ? toDelegateModel(row) : null;
  }

  @Query(() => [AttendanceRowModel], { description: 'Confirmed and attended counts by ICS and organisation type (organisers only).' })
  attendanceReport(@CurrentUser() user: AuthUser, @Args('eventId', { type: () => ID }) eventId: string): Promise<AttendanceRowModel[]> {
    return this.service.attendance(user, eventId);
  }

  @Policy('canManageEvent: the event organisers, co-organisers and regional admins')
  @Mutation(() => Int, { description: 'Email a filtered set of delegates (default: all confirmed); returns how many were queued.' })
  emailDelegates(@CurrentUser() user: AuthUser, @Args('input') input: EmailDelegatesInput): Promise<number> {
    return this.service.emailDelegates(user, input);
  }

  @Policy('canManageEvent: the event organisers, co-organisers and regional admins')
  @Mutation(() => RegistrationModel, { description: 'Set the organiser tags on a registration.' })
  async tagRegistration(@CurrentUser() user: AuthUser, @Args('input') input: TagRegistrationInput): Promise<RegistrationModel> {
    return toRegistrationModel(await this.service.tagRegistration(user, input.registrationId, input.tags));
  }

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
