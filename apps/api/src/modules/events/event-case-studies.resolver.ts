import { Args, Mutation, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Policy } from '../../common/auth/roles.decorator';
import { EventCaseStudiesService } from './event-case-studies.service';
import { toEventModel } from './events.mapper';
import { LinkEventCaseStudyInput, UnlinkEventCaseStudyInput } from './graphql/event.input';
import { EventModel } from './graphql/event.model';

/** The case studies shown at an event, one link at a time (the editor's case study step). */
@Resolver()
export class EventCaseStudiesResolver {
  constructor(private readonly service: EventCaseStudiesService) {}

  @Policy('canManageEvent: the event organisers, co-organisers and regional admins')
  @Mutation(() => EventModel, {
    description:
      'Show a published case study at an event (one change, in one statement: concurrent links all apply). Raises the event version; NOT_FOUND when the case study is not published.',
  })
  async linkEventCaseStudy(@CurrentUser() user: AuthUser, @Args('input') input: LinkEventCaseStudyInput): Promise<EventModel> {
    return toEventModel(await this.service.link(user, input));
  }

  @Policy('canManageEvent: the event organisers, co-organisers and regional admins')
  @Mutation(() => EventModel, {
    description: 'Stop showing a case study at an event (one change, in one statement). Raises the event version when it was linked.',
  })
  async unlinkEventCaseStudy(@CurrentUser() user: AuthUser, @Args('input') input: UnlinkEventCaseStudyInput): Promise<EventModel> {
    return toEventModel(await this.service.unlink(user, input));
  }
}
