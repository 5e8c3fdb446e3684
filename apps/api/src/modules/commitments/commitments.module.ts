import { Module } from '@nestjs/common';

import { CaseStudiesModule } from '../case-studies/case-studies.module';
import { DirectoryModule } from '../directory/directory.module';
import { EventsModule } from '../events/events.module';
import { MetricsModule } from '../metrics/metrics.module';
import { UsersModule } from '../users/users.module';
import { CommitmentRemindersService } from './commitment-reminders.service';
import {
  CommitmentStandings,
  CommitmentsDashboardMeasures,
  CommitmentsDashboardSection,
} from './commitments.dashboard';
import { CommitmentJobs } from './commitments.jobs';
import { CommitmentsRepository } from './commitments.repository';
import { CommitmentsResolver } from './commitments.resolver';
import { CommitmentsService } from './commitments.service';
import { CommitmentsLoadersContribution } from './loaders/commitments.loaders.contribution';
import { CommitmentsOrganisationReferences } from './commitments.organisation-references';
import { CommitmentsPersonalData } from './commitments.personal-data';

/** The regional commitments tracker. Nothing imports it but the app. */
@Module({
  imports: [CaseStudiesModule, DirectoryModule, EventsModule, MetricsModule, UsersModule],
  providers: [
    CommitmentsOrganisationReferences,
    CommitmentsPersonalData,
    CommitmentsLoadersContribution,
    CommitmentsRepository,
    CommitmentsService,
    CommitmentsResolver,
    CommitmentRemindersService,
    CommitmentJobs,
    CommitmentStandings,
    CommitmentsDashboardMeasures,
    CommitmentsDashboardSection,
  ],
})
export class CommitmentsModule {}
