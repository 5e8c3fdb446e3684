import { Module } from '@nestjs/common';

import { AdoptionsModule } from '../adoptions/adoptions.module';
import { CaseStudiesModule } from '../case-studies/case-studies.module';
import { DirectoryModule } from '../directory/directory.module';
import { ClockModule } from '../../common/clock/clock';
import { OutcomeDashboardRepository } from './dashboard/outcome-dashboard.repository';
import { OutcomePracticesService } from './dashboard/outcome-practices.service';
import { OutcomeMeasures, OutcomeTrendSection } from './dashboard/outcomes.dashboard';
import { OutcomeFiguresResolver } from './dashboard/outcome-figures';
import {
  AdoptionOutcomesResolver,
  CaseStudyOutcomesResolver,
  MetricsResolver,
  OutcomeMeasurementHistoryResolver,
} from './metrics.resolver';
import { MetricsAuditActions } from './metrics.audit-actions';
import { MetricsRepository } from './metrics.repository';
import { MetricsService } from './metrics.service';
import { MetricsLoadersContribution } from './loaders/metrics.loaders.contribution';
import { OutcomeImportChecker } from './import/outcome-import.checker';
import { OutcomeImportController } from './import/outcome-import.controller';
import { OutcomeImportRepository } from './import/outcome-import.repository';
import { OutcomeImportResolver } from './import/outcome-import.resolver';
import { OutcomeImportService } from './import/outcome-import.service';
import { FilesModule } from '../files/files.module';
import { MetricsPersonalData } from './metrics.personal-data';

@Module({
  imports: [CaseStudiesModule, AdoptionsModule, DirectoryModule, ClockModule, FilesModule],
  controllers: [OutcomeImportController],
  providers: [
    MetricsAuditActions,
    MetricsPersonalData,
    MetricsLoadersContribution,
    MetricsRepository,
    MetricsService,
    MetricsResolver,
    CaseStudyOutcomesResolver,
    AdoptionOutcomesResolver,
    OutcomeDashboardRepository,
    OutcomePracticesService,
    OutcomeMeasures,
    OutcomeTrendSection,
    OutcomeFiguresResolver,
    OutcomeMeasurementHistoryResolver,
    OutcomeImportRepository,
    OutcomeImportChecker,
    OutcomeImportService,
    OutcomeImportResolver,
  ],
  exports: [MetricsRepository],
})
export class MetricsModule {}
