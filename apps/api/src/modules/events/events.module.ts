import { Module } from '@nestjs/common';

import { CaseStudiesModule } from '../case-studies/case-studies.module';
import { DirectoryModule } from '../directory/directory.module';
import { UsersModule } from '../users/users.module';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarRepository } from './calendar/calendar.repository';
import { CalendarResolver } from './calendar/calendar.resolver';
import { CalendarService } from './calendar/calendar.service';
import { ParticipationDashboardMeasures } from './dashboard/participation.dashboard-measures';
import { ParticipationDashboardSection } from './dashboard/participation.dashboard-section';
import { ParticipationRepository } from './dashboard/participation.repository';
import { EventCaseStudiesResolver } from './event-case-studies.resolver';
import { EventCaseStudiesService } from './event-case-studies.service';
import { EventDiscussionSubject } from './events.discussion-subject';
import { EventsFeedSource } from './events.feed-source';
import { EventsRepository } from './events.repository';
import { EventsResolver } from './events.resolver';
import { EventsSearchSource } from './events.search-source';
import { EventsService } from './events.service';
import { EventsLoadersContribution } from './loaders/events.loaders.contribution';
import { EventsNotificationKinds } from './events.notification-kinds';
import { AdoptionLeadsService } from './feedback/adoption-leads.service';
import { DelegateNames } from './feedback/delegate-names.service';
import { EventFeedbackResolver } from './feedback/event-feedback.resolver';
import { EventFeedbackService } from './feedback/event-feedback.service';
import { FeedbackRepository } from './feedback/feedback.repository';
import { FeedbackSummaryService } from './feedback/feedback-summary.service';
import { EventPurgesService } from './jobs/event-purges.service';
import { EventRemindersService } from './jobs/event-reminders.service';
import { EventJobs } from './jobs/events.jobs';
import { OfferExpiryService } from './jobs/offer-expiry.service';
import { RegistrationJobs } from './jobs/registration.jobs';
import { CheckInResolver } from './organiser/check-in.resolver';
import { CheckInService } from './organiser/check-in.service';
import { CoOrganisersService } from './organiser/co-organisers.service';
import { DelegateEmailsService } from './organiser/delegate-emails.service';
import { DelegatesReader } from './organiser/delegates.reader';
import { DelegatesService } from './organiser/delegates.service';
import { EventOrganiserResolver } from './organiser/event-organiser.resolver';
import { OrganiserController } from './organiser/organiser.controller';
import { OrganiserRepository } from './organiser/organiser.repository';
import { RegistrationChangesResolver } from './registrations/registration-changes.resolver';
import { RegistrationMailer } from './registrations/registration-mailer.service';
import { RegistrationMovesService } from './registrations/registration-moves.service';
import { RegistrationNotices } from './registrations/registration-notices.service';
import { RegistrationStatusService } from './registrations/registration-status.service';
import { RegistrationTransitions } from './registrations/registration-transitions.service';
import {
  MyRegistrationsResolver,
  RegistrationsResolver,
} from './registrations/registrations.resolver';
import { RegistrationsRepository } from './registrations/registrations.repository';
import { RegistrationsService } from './registrations/registrations.service';
import { RegistrationEventCache } from './registrations/registration-event-cache';
import { EventsOrganisationReferences } from './events.organisation-references';
import { EventsAudit } from './events-audit';
import { EventsAuditActions } from './events.audit-actions';
import { EventsPersonalData } from './events.personal-data';
import { EventsWatchedItems } from './events.watched-items';

@Module({
  imports: [CaseStudiesModule, DirectoryModule, UsersModule],
  controllers: [OrganiserController, CalendarController],
  providers: [
    EventsWatchedItems,
    EventsOrganisationReferences,
    EventsPersonalData,
    EventsSearchSource,
    EventsNotificationKinds,
    EventsLoadersContribution,
    EventsFeedSource,
    // events core
    EventsAuditActions,
    EventsAudit,
    EventsRepository,
    EventsService,
    EventsResolver,
    EventCaseStudiesService,
    EventCaseStudiesResolver,
    // registrations
    RegistrationsRepository,
    RegistrationMailer,
    RegistrationTransitions,
    RegistrationNotices,
    RegistrationsService,
    RegistrationEventCache,
    RegistrationStatusService,
    RegistrationMovesService,
    RegistrationsResolver,
    MyRegistrationsResolver,
    RegistrationChangesResolver,
    // organiser tools
    OrganiserRepository,
    DelegatesReader,
    DelegatesService,
    DelegateEmailsService,
    CoOrganisersService,
    CheckInService,
    EventOrganiserResolver,
    CheckInResolver,
    // calendar feeds
    CalendarRepository,
    CalendarService,
    CalendarResolver,
    // feedback
    FeedbackRepository,
    DelegateNames,
    AdoptionLeadsService,
    EventFeedbackService,
    FeedbackSummaryService,
    EventFeedbackResolver,
    // jobs
    EventRemindersService,
    EventPurgesService,
    OfferExpiryService,
    EventJobs,
    RegistrationJobs,
    EventDiscussionSubject,
    // dashboards
    ParticipationRepository,
    ParticipationDashboardMeasures,
    ParticipationDashboardSection,
  ],
  exports: [EventsService, EventsRepository, RegistrationsRepository],
})
export class EventsModule {}
