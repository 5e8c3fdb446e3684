import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Public } from '../../../common/auth/public.decorator';
import { Policy } from '../../../common/auth/roles.decorator';
import { EventFeedbackService } from './event-feedback.service';
import { FeedbackSummaryService } from './feedback-summary.service';
import {
  EventFeedbackModel,
  EventFeedbackSummaryModel,
  FeedbackCaseStudyModel,
  SubmitEventFeedbackInput,
  UpdateEventFeedbackInput,
} from '../graphql/event-feedback.model';

/** Post-event feedback and the adoption leads it produces. */
@Resolver(() => EventFeedbackModel)
export class EventFeedbackResolver {
  constructor(
    private readonly feedback: EventFeedbackService,
    private readonly summaries: FeedbackSummaryService,
  ) {}

  @Policy('a delegate with a confirmed place at the event, once it is COMPLETED; once per registration')
  @Mutation(() => EventFeedbackModel, {
    description: 'Give feedback on a completed event; each "interested in adopting" case study notifies its organisation (an adoption lead).',
  })
  async submitEventFeedback(@CurrentUser() user: AuthUser, @Args('input') input: SubmitEventFeedbackInput): Promise<EventFeedbackModel> {
    await this.feedback.submit(user, input);
    return (await this.feedback.mine(user, input.eventId)) as EventFeedbackModel;
  }

  @Policy('the author only: a delegate changes their own feedback on a COMPLETED event (NOT_FOUND before they have given any)')
  @Mutation(() => EventFeedbackModel, {
    description:
      'Change the feedback you gave on a completed event; the answers replace the earlier ones. Case studies newly named as "interested in adopting" notify their organisation.',
  })
  async updateEventFeedback(@CurrentUser() user: AuthUser, @Args('input') input: UpdateEventFeedbackInput): Promise<EventFeedbackModel> {
    await this.feedback.update(user, input);
    return (await this.feedback.mine(user, input.eventId)) as EventFeedbackModel;
  }

  @Query(() => EventFeedbackModel, { nullable: true, description: 'Your own feedback on an event, if you have given it.' })
  myEventFeedback(@CurrentUser() user: AuthUser, @Args('eventId', { type: () => ID }) eventId: string): Promise<EventFeedbackModel | null> {
    return this.feedback.mine(user, eventId);
  }

  @Public()
  @Query(() => [FeedbackCaseStudyModel], { description: 'Published case studies linked to an event (empty when the event is not visible).' })
  eventLinkedCaseStudies(@CurrentUser() user: AuthUser | null, @Args('eventId', { type: () => ID }) eventId: string): Promise<FeedbackCaseStudyModel[]> {
    return this.summaries.linkedCaseStudies(user, eventId);
  }

  @Query(() => EventFeedbackSummaryModel, { description: 'Feedback on an event with ratings and adoption interest (organisers only).' })
  eventFeedback(@CurrentUser() user: AuthUser, @Args('eventId', { type: () => ID }) eventId: string): Promise<EventFeedbackSummaryModel> {
    return this.summaries.summary(user, eventId);
  }
}
