import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { toString as qrToString } from 'qrcode';

import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Policy } from '../../../common/auth/roles.decorator';
import type { GqlContext } from '../../../common/graphql/gql-context';
import { RegistrationStatus } from '../entities/registration.entity';
import { toEventModel, toRegistrationChangeModel, toRegistrationModel } from '../events.mapper';
import { canViewRegistration } from '../events.policy';
import { EventModel, RegistrationModel } from '../graphql/event.model';
import { RegistrationChangeModel } from '../graphql/registration-change.model';
import { MoveRegistrationInput, RegisterForEventInput } from '../graphql/registration.input';
import { RegistrationMovesService } from './registration-moves.service';
import { RegistrationStatusService } from './registration-status.service';
import { RegistrationsService } from './registrations.service';

@Resolver(() => RegistrationModel)
export class RegistrationsResolver {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly status: RegistrationStatusService,
    private readonly moves: RegistrationMovesService,
  ) {}

  @Policy('any signed-in member; one active registration per person per event (a repeat returns it)')
  @Mutation(() => RegistrationModel, { description: 'Register for a published event: a place, the waiting list, or pending approval.' })
  async registerForEvent(@CurrentUser() user: AuthUser, @Args('input') input: RegisterForEventInput): Promise<RegistrationModel> {
    return toRegistrationModel(await this.registrations.register(user, input));
  }

  @Policy('the registrant (until the event starts) or the event organisers')
  @Mutation(() => RegistrationModel, { description: 'Cancel a registration; a freed place is offered to the waiting list.' })
  async cancelRegistration(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<RegistrationModel> {
    return toRegistrationModel(await this.status.cancel(user, id));
  }

  @Policy('canManageEvent on BOTH the source and the target event (organisers of both, or regional admins)')
  @Mutation(() => RegistrationModel, {
    description:
      'Move a registration to another event: the old one is cancelled (its place offered on) and the person gets a place, or the waiting list, in the target. Returns the new registration.',
  })
  async moveRegistration(@CurrentUser() user: AuthUser, @Args('input') input: MoveRegistrationInput): Promise<RegistrationModel> {
    return toRegistrationModel(await this.moves.move(user, input));
  }

  @Policy('the registrant only')
  @Mutation(() => RegistrationModel, { description: 'Accept an open offer of a place (CONFLICT once it has expired).' })
  async acceptOffer(@CurrentUser() user: AuthUser, @Args('registrationId', { type: () => ID }) id: string): Promise<RegistrationModel> {
    return toRegistrationModel(await this.status.acceptOffer(user, id));
  }

  @Policy('the registrant only')
  @Mutation(() => RegistrationModel, { description: 'Decline an open offer; the place moves to the next person.' })
  async declineOffer(@CurrentUser() user: AuthUser, @Args('registrationId', { type: () => ID }) id: string): Promise<RegistrationModel> {
    return toRegistrationModel(await this.status.declineOffer(user, id));
  }

  @Policy('canManageEvent: the event organisers, co-organisers and regional admins')
  @Mutation(() => RegistrationModel, { description: 'Approve a pending registration: a place if one is free, else the waiting list.' })
  async approveRegistration(@CurrentUser() user: AuthUser, @Args('registrationId', { type: () => ID }) id: string): Promise<RegistrationModel> {
    return toRegistrationModel(await this.status.approve(user, id));
  }

  @Policy('canManageEvent: the event organisers, co-organisers and regional admins')
  @Mutation(() => RegistrationModel, { description: 'Decline a pending or waiting registration.' })
  async declineRegistration(@CurrentUser() user: AuthUser, @Args('registrationId', { type: () => ID }) id: string): Promise<RegistrationModel> {
    return toRegistrationModel(await this.status.decline(user, id));
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Place in the waiting-list queue now (1 = next), computed live as people ahead leave the list; null unless waiting. Show this rather than waitlistPosition, which is given once and goes stale.',
  })
  async waitlistPlace(reg: RegistrationModel, _args: unknown, ctx: GqlContext): Promise<number | null> {
    if (reg.status !== RegistrationStatus.WAITLISTED) return null;
    return ctx.loaders.waitlistPlaceByRegistrationId.load(reg.id);
  }

  @ResolveField(() => EventModel, { description: 'The event.' })
  async event(reg: RegistrationModel, _args: unknown, ctx: GqlContext): Promise<EventModel> {
    const event = await ctx.loaders.eventById.load(reg.eventId);
    if (!event) throw new Error(`event ${reg.eventId} missing`);
    return toEventModel(event);
  }

  @ResolveField(() => [RegistrationChangeModel], {
    description:
      'Every change to the registration, oldest first: when, who, from → to and why. For the delegate and the event organisers (empty for anyone else).',
  })
  async history(reg: RegistrationModel, _args: unknown, ctx: GqlContext): Promise<RegistrationChangeModel[]> {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    if (!viewer) return [];
    if (viewer.id !== reg.userId) {
      const event = await ctx.loaders.eventById.load(reg.eventId);
      if (!event || !canViewRegistration(viewer, reg, event)) return [];
    }
    return (await ctx.loaders.changesByRegistrationId.load(reg.id)).map(toRegistrationChangeModel);
  }

  @ResolveField(() => String, { nullable: true, description: 'Ticket QR code (SVG) for check-in; the registrant only, when confirmed.' })
  async ticketQrSvg(reg: RegistrationModel, _args: unknown, ctx: GqlContext): Promise<string | null> {
    if (reg.status !== RegistrationStatus.CONFIRMED || ctx.req.user?.id !== reg.userId) return null;
    return qrToString(`mic-ticket:${reg.id}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  }
}

@Resolver()
export class MyRegistrationsResolver {
  constructor(private readonly registrations: RegistrationsService) {}

  @Query(() => [RegistrationModel], { description: "The signed-in user's registrations, newest first." })
  async myRegistrations(@CurrentUser() user: AuthUser): Promise<RegistrationModel[]> {
    return (await this.registrations.forUser(user)).map(toRegistrationModel);
  }

  @Query(() => RegistrationModel, { nullable: true, description: 'One registration: the registrant or the event organisers.' })
  async registration(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<RegistrationModel | null> {
    const reg = await this.registrations.visible(user, id);
    return reg ? toRegistrationModel(reg) : null;
  }
}
