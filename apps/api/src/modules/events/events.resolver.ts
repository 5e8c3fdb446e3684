import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { PublicCacheable } from '../../common/public-cache/public-cacheable.decorator';
import { Policy, Roles } from '../../common/auth/roles.decorator';
import type { Connection } from '../../common/graphql/pagination';
import type { GqlContext } from '../../common/graphql/gql-context';
import { toOrganisationModel } from '../directory/directory.mapper';
import { OrganisationModel } from '../directory/graphql/directory.models';
import { EventStatus } from './entities/event.entity';
import { RegistrationStatus } from './entities/registration.entity';
import { toEventModel, toQuotaModel, toRegistrationModel } from './events.mapper';
import { canManageEvent } from './events.policy';
import { EventsService } from './events.service';
import { CreateEventInput, EventsArgs, UpdateEventInput } from './graphql/event.input';
import {
  EventConnection,
  EventModel,
  EventQuotaModel,
  RegistrationModel,
} from './graphql/event.model';
import { SearchChanged } from '../../common/search/search-changed.decorator';
import { AlertWatchers } from '../../common/watching/alert-watchers.decorator';

@Resolver(() => EventModel)
export class EventsResolver {
  constructor(private readonly service: EventsService) {}

  @Public()
  @PublicCacheable()
  @Query(() => EventConnection, {
    description: 'Events by start time, filtered and paged. Drafts only for their organisers.',
  })
  async events(
    @CurrentUser() user: AuthUser | null,
    @Args() args: EventsArgs,
  ): Promise<Connection<EventModel>> {
    const page = await this.service.events(user, args);
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toEventModel(e.node) })),
    };
  }

  @Public()
  @PublicCacheable()
  @Query(() => EventModel, {
    nullable: true,
    description: 'One event, or null when missing or not visible.',
  })
  async event(
    @CurrentUser() user: AuthUser | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<EventModel | null> {
    const event = await this.service.event(user, id);
    return event ? toEventModel(event) : null;
  }

  @Roles(Role.ORGANISER, Role.REGIONAL_ADMIN, Role.ICS_ADMIN)
  @Mutation(() => EventModel, {
    description: 'Create an event as a draft (organisers and admins).',
  })
  @SearchChanged({ EVENT: (e: { id: string }) => [e.id] })
  async createEvent(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateEventInput,
  ): Promise<EventModel> {
    return toEventModel(await this.service.create(user, input));
  }

  @Policy('canManageEvent: the event organisers, co-organisers and regional admins')
  @Mutation(() => EventModel, {
    description:
      'Change an event; time or place changes email delegates an updated calendar entry.',
  })
  @SearchChanged({ EVENT: (e: { id: string }) => [e.id] })
  async updateEvent(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateEventInput,
  ): Promise<EventModel> {
    return toEventModel(await this.service.update(user, input));
  }

  @Policy('canManageEvent: the event organisers, co-organisers and regional admins')
  @Mutation(() => EventModel, {
    description:
      'Mark a published event completed once it has started (ended events complete automatically); opens feedback.',
  })
  @SearchChanged({ EVENT: (e: { id: string }) => [e.id] })
  async completeEvent(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<EventModel> {
    return toEventModel(await this.service.complete(user, id));
  }

  @Policy('canManageEvent: the event organisers, co-organisers and regional admins')
  @Mutation(() => EventModel, { description: 'Publish a draft event, opening registration.' })
  @SearchChanged({ EVENT: (e: { id: string }) => [e.id] })
  @AlertWatchers({ EVENT: (e: { id: string }) => [e.id] })
  async publishEvent(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<EventModel> {
    return toEventModel(await this.service.publish(user, id));
  }

  @Policy('canManageEvent: the event organisers, co-organisers and regional admins')
  @Mutation(() => EventModel, { description: 'Cancel an event; every registrant is notified.' })
  @SearchChanged({ EVENT: (e: { id: string }) => [e.id] })
  async cancelEvent(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<EventModel> {
    return toEventModel(await this.service.cancel(user, id));
  }

  @ResolveField(() => Int, {
    description: 'Places not yet held (confirmed or offered); 0 unless the event is published.',
  })
  async remainingPlaces(event: EventModel, _args: unknown, ctx: GqlContext): Promise<number> {
    if (event.status !== EventStatus.PUBLISHED) return 0;
    const summary = await ctx.loaders.placeSummaryByEventId.load(event.id);
    return Math.max(0, event.capacity - summary.held);
  }

  @ResolveField(() => Int, { description: 'People on the waiting list.' })
  async waitlistLength(event: EventModel, _args: unknown, ctx: GqlContext): Promise<number> {
    return (await ctx.loaders.placeSummaryByEventId.load(event.id)).waiting;
  }

  @ResolveField(() => RegistrationModel, {
    nullable: true,
    description: "The signed-in user's active registration, if any.",
  })
  async myRegistration(
    event: EventModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<RegistrationModel | null> {
    const user = ctx.req.user;
    if (!user) return null;
    const reg = await ctx.loaders.activeRegistrationByUserEvent.load(`${user.id}:${event.id}`);
    return reg ? toRegistrationModel(reg) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Online joining link: only for confirmed delegates and organisers.',
  })
  async onlineUrl(event: EventModel, _args: unknown, ctx: GqlContext): Promise<string | null> {
    const user = ctx.req.user ?? null;
    if (!event.onlineUrlValue || !user) return null;
    if (canManageEvent(user, { organiserUserIds: event.organiserUserIds, status: event.status }))
      return event.onlineUrlValue;
    const reg = await ctx.loaders.activeRegistrationByUserEvent.load(`${user.id}:${event.id}`);
    return reg?.status === RegistrationStatus.CONFIRMED ? event.onlineUrlValue : null;
  }

  @ResolveField(() => [EventQuotaModel], {
    description: 'Guaranteed places per ICS or organisation type; the rest are open.',
  })
  async quotas(event: EventModel, _args: unknown, ctx: GqlContext): Promise<EventQuotaModel[]> {
    const quotas = await ctx.loaders.quotasByEventId.load(event.id);
    const labels = await ctx.loaders.directoryLabelByKey.loadMany(
      quotas.map((q) => `${q.kind}:${q.key}`),
    );
    return quotas.map((q, i) => {
      const label = labels[i];
      return toQuotaModel(q, typeof label === 'string' ? label : null);
    });
  }

  @ResolveField(() => OrganisationModel, {
    nullable: true,
    description: 'The organising organisation.',
  })
  async organiserOrganisation(
    event: EventModel,
    _args: unknown,
    ctx: GqlContext,
  ): Promise<OrganisationModel | null> {
    if (!event.organiserOrganisationId) return null;
    const org = await ctx.loaders.organisationById.load(event.organiserOrganisationId);
    return org ? toOrganisationModel(org) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user can manage this event.' })
  canManage(event: EventModel, _args: unknown, ctx: GqlContext): boolean {
    return canManageEvent(ctx.req.user ?? null, {
      organiserUserIds: event.organiserUserIds,
      status: event.status,
    });
  }
}
