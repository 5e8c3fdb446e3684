import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Policy } from '../../../common/auth/roles.decorator';
import { checkInMessage } from '../events.format';
import { toDelegateModel, toRegistrationModel } from '../events.mapper';
import { CheckInResultModel } from '../graphql/event.model';
import { CheckInService } from './check-in.service';

/** The check-in desk. */
@Resolver()
export class CheckInResolver {
  constructor(private readonly service: CheckInService) {}

  @Policy('canManageEvent: the event organisers, co-organisers and regional admins')
  @Mutation(() => CheckInResultModel, {
    description: 'Check a confirmed delegate in; a second scan reports when they already checked in (not an error).',
  })
  async checkIn(
    @CurrentUser() user: AuthUser,
    @Args('registrationId', { type: () => ID }) id: string,
    @Args('eventId', {
      type: () => ID,
      nullable: true,
      description: 'The event whose desk scanned the ticket: a ticket for another event is refused (CONFLICT) instead of checked in.',
    })
    eventId?: string | null,
  ): Promise<CheckInResultModel> {
    const outcome = await this.service.checkIn(user, id, eventId);
    return {
      registration: toRegistrationModel(outcome.registration),
      alreadyCheckedIn: outcome.alreadyCheckedIn,
      message: checkInMessage(outcome),
      delegate: toDelegateModel(outcome.delegate),
    };
  }
}
