import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Policy } from '../../../common/auth/roles.decorator';
import type { Connection } from '../../../common/graphql/pagination';
import { CoOrganisersService } from './co-organisers.service';
import { DelegateEmailsService } from './delegate-emails.service';
import { DelegatesService } from './delegates.service';
import { toDelegateModel, toEventModel, toRegistrationModel } from '../events.mapper';
import { AttendanceRowModel, DelegateConnection, DelegateModel, RegistrationModel } from '../graphql/event.model';
import { AddEventOrganiserInput } from '../graphql/event.input';
import { EventModel } from '../graphql/event.model';
import { DelegatesArgs, EmailDelegatesInput, TagRegistrationInput } from '../graphql/registration.input';
import { SearchChanged } from '../../../common/search/search-changed.decorator';

/** Organiser tools: the delegate list, one delegate, attendance, emails, tags and co-organisers. */
@Resolver()
export class EventOrganiserResolver {
  constructor(
    private readonly service: DelegatesService,
    private readonly emails: DelegateEmailsService,
    private readonly coOrganisers: CoOrganisersService,
  ) {}

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
    return this.emails.emailDelegates(user, input);
  }

  @Policy('canManageEvent: the event organisers, co-organisers and regional admins')
  @Mutation(() => RegistrationModel, { description: 'Set the organiser tags on a registration.' })
  async tagRegistration(@CurrentUser() user: AuthUser, @Args('input') input: TagRegistrationInput): Promise<RegistrationModel> {
    return toRegistrationModel(await this.service.tagRegistration(user, input.registrationId, input.tags));
  }

  @Policy('canManageEvent: the event organisers, co-organisers and regional admins')
  @Mutation(() => EventModel, { description: 'Add a co-organiser to an event by email address.' })
  @SearchChanged({ EVENT: (e: { id: string }) => [e.id] })
  async addEventOrganiser(@CurrentUser() user: AuthUser, @Args('input') input: AddEventOrganiserInput): Promise<EventModel> {
    return toEventModel(await this.coOrganisers.addOrganiser(user, input.eventId, input.email));
  }
}
