import { Module } from '@nestjs/common';

import { AdoptionsModule } from '../adoptions/adoptions.module';
import { CaseStudiesModule } from '../case-studies/case-studies.module';
import { FilesModule } from '../files/files.module';
import {
  AdoptionAssessmentsResolver,
  CaseStudyAssessmentsResolver,
} from './assessment-links.resolver';
import { AssessmentLinksService } from './assessment-links.service';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsResolver } from './assessments.resolver';
import { ToolkitDiscussionSubject } from './toolkits.discussion-subject';
import { ToolkitsFeedSource } from './toolkits.feed-source';
import { ToolkitsRepository } from './toolkits.repository';
import { ToolkitsResolver, ToolkitVersionsResolver } from './toolkits.resolver';
import { ToolkitsService } from './toolkits.service';
import { ToolkitsLoadersContribution } from './loaders/toolkits.loaders.contribution';
import { ToolkitsNotificationKinds } from './toolkits.notification-kinds';

@Module({
  imports: [FilesModule, CaseStudiesModule, AdoptionsModule],
  controllers: [AssessmentsController],
  providers: [
    ToolkitsNotificationKinds,
    ToolkitsLoadersContribution,
    ToolkitsRepository,
    ToolkitsService,
    ToolkitsResolver,
    ToolkitVersionsResolver,
    AssessmentsResolver,
    AssessmentLinksService,
    CaseStudyAssessmentsResolver,
    AdoptionAssessmentsResolver,
    ToolkitDiscussionSubject,
    ToolkitsFeedSource,
  ],
  exports: [ToolkitsRepository],
})
export class ToolkitsModule {}
