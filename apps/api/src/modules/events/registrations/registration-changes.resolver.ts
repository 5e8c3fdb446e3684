import { ResolveField, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../../common/auth/auth-user';
import type { GqlContext } from '../../../common/graphql/gql-context';
import { UserModel } from '../../users/graphql/user.model';
import { toUserModel } from '../../users/users.mapper';
import { toEventModel } from '../events.mapper';
import { canViewEvent } from '../events.policy';
import { EventModel } from '../graphql/event.model';
import { RegistrationChangeModel } from '../graphql/registration-change.model';

/** Who made a registration change and, for moves, the other event; batched through the request's loaders. */
@Resolver(() => RegistrationChangeModel)
export class RegistrationChangesResolver {
  @ResolveField(() => UserModel, { nullable: true, description: 'Who made the change: the delegate or an organiser; null when the system did (e.g. an offer expired).' })
  async actor(change: RegistrationChangeModel, _args: unknown, ctx: GqlContext): Promise<UserModel | null> {
    if (!change.actorId) return null;
    const user = await ctx.loaders.userById.load(change.actorId);
    return user ? toUserModel(user) : null;
  }

  @ResolveField(() => EventModel, {
    nullable: true,
    description: 'For a move: the event the registration came from (on its first change) or went to (on its cancellation); null otherwise or when not visible to you.',
  })
  async otherEvent(change: RegistrationChangeModel, _args: unknown, ctx: GqlContext): Promise<EventModel | null> {
    const viewer: AuthUser | null = ctx.req.user ?? null;
    if (!change.otherEventId) return null;
    const event = await ctx.loaders.eventById.load(change.otherEventId);
    return event && canViewEvent(viewer, event) ? toEventModel(event) : null;
  }
}
