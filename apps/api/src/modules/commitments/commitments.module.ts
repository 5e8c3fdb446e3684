import { Module } from '@nestjs/common';

import { AdoptionsModule } from '../adoptions/adoptions.module';
import { CaseStudiesModule } from '../case-studies/case-studies.module';
import { FilesModule } from '../files/files.module';
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
import { CommitmentsAuditActions } from './commitments.audit-actions';
import { CommitmentEditService } from './commitment-edit.service';
import { CommitmentEvidenceService } from './commitment-evidence.service';
import { CommitmentFilesAccess } from './commitment-files.access';
import { CommitmentLookupsService } from './commitment-lookups.service';
import { CommitmentMeasurementEvidence } from './commitment-measurement-evidence.service';
import { CommitmentUpdatesService } from './commitment-updates.service';
import { CommitmentsQueryService } from './commitments-query.service';
import { CommitmentsLoadersContribution } from './loaders/commitments.loaders.contribution';
import { CommitmentsOrganisationReferences } from './commitments.organisation-references';
import { CommitmentsPersonalData } from './commitments.personal-data';

/** The regional commitments tracker. Nothing imports it but the app. */
@Module({
  imports: [
    AdoptionsModule,
    CaseStudiesModule,
    DirectoryModule,
    EventsModule,
    FilesModule,
    MetricsModule,
    UsersModule,
  ],
  providers: [
    CommitmentsOrganisationReferences,
    CommitmentsPersonalData,
    CommitmentsLoadersContribution,
    CommitmentsRepository,
    CommitmentsAuditActions,
    CommitmentLookupsService,
    CommitmentsQueryService,
    CommitmentsService,
    CommitmentMeasurementEvidence,
    CommitmentEvidenceService,
    CommitmentFilesAccess,
    CommitmentUpdatesService,
    CommitmentEditService,
    CommitmentsResolver,
    CommitmentRemindersService,
    CommitmentJobs,
    CommitmentStandings,
    CommitmentsDashboardMeasures,
    CommitmentsDashboardSection,
  ],
})
export class CommitmentsModule {}
