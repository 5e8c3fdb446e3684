import { Module } from '@nestjs/common';

import { DirectoryModule } from '../directory/directory.module';
import { FilesModule } from '../files/files.module';
import { CaseStudyDiscussionSubject } from './case-studies.discussion-subject';
import { CaseStudiesFeedSource } from './case-studies.feed-source';
import { CaseStudiesRepository } from './case-studies.repository';
import {
  CaseStudiesResolver,
  CaseStudyReviewResolver,
  RichTextResolver,
} from './case-studies.resolver';
import { CaseStudiesService } from './case-studies.service';
import { CaseStudiesSearchSource } from './case-studies.search-source';
import { PersonCaseStudiesResolver } from './person-case-studies.resolver';
import { CaseStudyAttachmentsResolver } from './case-study-attachments.resolver';
import { CaseStudyAttachmentsService } from './case-study-attachments.service';
import { CaseStudiesLoadersContribution } from './loaders/case-studies.loaders.contribution';
import { CaseStudiesNotificationKinds } from './case-studies.notification-kinds';
import { CaseStudiesDashboardMeasures } from './dashboard/case-studies.dashboard-measures';
import { PracticeReadModel } from './dashboard/practice.read-model';
import { CaseStudiesOrganisationReferences } from './case-studies.organisation-references';
import { CaseStudiesAuditActions } from './case-studies.audit-actions';
import { CaseStudiesPersonalData } from './case-studies.personal-data';
import { CaseStudiesWatchedItems } from './case-studies.watched-items';

@Module({
  imports: [DirectoryModule, FilesModule],
  providers: [
    CaseStudiesWatchedItems,
    CaseStudiesOrganisationReferences,
    CaseStudiesAuditActions,
    CaseStudiesPersonalData,
    CaseStudiesSearchSource,
    CaseStudiesNotificationKinds,
    CaseStudiesLoadersContribution,
    CaseStudiesRepository,
    CaseStudiesService,
    CaseStudiesResolver,
    PersonCaseStudiesResolver,
    CaseStudyReviewResolver,
    RichTextResolver,
    CaseStudyAttachmentsService,
    CaseStudyAttachmentsResolver,
    CaseStudyDiscussionSubject,
    CaseStudiesFeedSource,
    PracticeReadModel,
    CaseStudiesDashboardMeasures,
  ],
  exports: [CaseStudiesService, CaseStudiesRepository, PracticeReadModel],
})
export class CaseStudiesModule {}
