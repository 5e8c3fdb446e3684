import { Module } from '@nestjs/common';

import { CaseStudiesModule } from '../case-studies/case-studies.module';
import { DirectoryModule } from '../directory/directory.module';
import { AdoptionsFeedSource } from './adoptions.feed-source';
import { AdoptionsRepository } from './adoptions.repository';
import { AdoptionsResolver } from './adoptions.resolver';
import { AdoptionsService } from './adoptions.service';
import { AdoptionsSearchSource } from './adoptions.search-source';
import { PersonAdoptionsResolver } from './person-adoptions.resolver';
import { CaseStudyAdoptionsResolver } from './case-study-adoptions.resolver';
import { SpreadService } from './spread.service';
import { AdoptionsLoadersContribution } from './loaders/adoptions.loaders.contribution';
import { AdoptionsNotificationKinds } from './adoptions.notification-kinds';
import { AdoptionsDashboardMeasures } from './dashboard/adoptions.dashboard-measures';
import { AdoptionsDashboardRepository } from './dashboard/adoptions-dashboard.repository';
import { SpreadDashboardSection } from './dashboard/spread.dashboard-section';
import { AdoptionsOrganisationReferences } from './adoptions.organisation-references';
import { AdoptionsPersonalData } from './adoptions.personal-data';

@Module({
  imports: [DirectoryModule, CaseStudiesModule],
  providers: [
    AdoptionsOrganisationReferences,
    AdoptionsPersonalData,
    AdoptionsSearchSource,
    AdoptionsNotificationKinds,
    AdoptionsLoadersContribution,
    AdoptionsRepository,
    AdoptionsService,
    SpreadService,
    AdoptionsResolver,
    CaseStudyAdoptionsResolver,
    PersonAdoptionsResolver,
    AdoptionsFeedSource,
    AdoptionsDashboardRepository,
    AdoptionsDashboardMeasures,
    SpreadDashboardSection,
  ],
  exports: [AdoptionsService, AdoptionsRepository],
})
export class AdoptionsModule {}
