import { Module } from '@nestjs/common';

import { AdoptionsModule } from '../adoptions/adoptions.module';
import { CaseStudiesModule } from '../case-studies/case-studies.module';
import { DirectoryModule } from '../directory/directory.module';
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
import {
  ToolkitSearchReader,
  ToolkitSectionsSearchSource,
  ToolkitsSearchSource,
} from './toolkits.search-source';
import { ToolkitsService } from './toolkits.service';
import { ToolkitsLoadersContribution } from './loaders/toolkits.loaders.contribution';
import { ToolkitsNotificationKinds } from './toolkits.notification-kinds';
import { ToolkitsOrganisationReferences } from './toolkits.organisation-references';
import { ToolkitsPersonalData } from './toolkits.personal-data';

@Module({
  imports: [DirectoryModule, FilesModule, CaseStudiesModule, AdoptionsModule],
  controllers: [AssessmentsController],
  providers: [
    ToolkitsOrganisationReferences,
    ToolkitsPersonalData,
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
    ToolkitSearchReader,
    ToolkitsSearchSource,
    ToolkitSectionsSearchSource,
    ToolkitsFeedSource,
  ],
  exports: [ToolkitsRepository],
})
export class ToolkitsModule {}
