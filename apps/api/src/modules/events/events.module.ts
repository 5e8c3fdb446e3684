import { Module } from '@nestjs/common';

import { CaseStudiesModule } from '../case-studies/case-studies.module';
import { EventCaseStudiesResolver } from './event-case-studies.resolver';
import { EventCaseStudiesService } from './event-case-studies.service';
import { EventFeedbackResolver } from './event-feedback.resolver';
import { EventFeedbackService } from './event-feedback.service';
import { EventOrganiserResolver } from './event-organiser.resolver';
import { EventDiscussionSubject } from './events.discussion-subject';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsResolver } from './events.resolver';
import { EventsService } from './events.service';
import { RegistrationChangesResolver } from './registration-changes.resolver';
import { MyRegistrationsResolver, RegistrationsResolver } from './registrations.resolver';
import { RegistrationsService } from './registrations.service';

@Module({
  imports: [CaseStudiesModule],
  controllers: [EventsController],
  providers: [
    EventsRepository,
    EventsService,
    RegistrationsService,
    EventsResolver,
    RegistrationsResolver,
    MyRegistrationsResolver,
    RegistrationChangesResolver,
    EventOrganiserResolver,
    EventFeedbackService,
    EventFeedbackResolver,
    EventCaseStudiesService,
    EventCaseStudiesResolver,
    EventDiscussionSubject,
  ],
  exports: [EventsService, EventsRepository],
})
export class EventsModule {}
