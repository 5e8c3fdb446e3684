import { Module } from '@nestjs/common';

import { AdoptionsModule } from '../adoptions/adoptions.module';
import { CaseStudiesModule } from '../case-studies/case-studies.module';
import {
  AdoptionOutcomesResolver,
  CaseStudyOutcomesResolver,
  MetricsResolver,
  OutcomeMeasurementHistoryResolver,
} from './metrics.resolver';
import { MetricsRepository } from './metrics.repository';
import { MetricsService } from './metrics.service';
import { MetricsLoadersContribution } from './loaders/metrics.loaders.contribution';

@Module({
  imports: [CaseStudiesModule, AdoptionsModule],
  providers: [
    MetricsLoadersContribution,
    MetricsRepository,
    MetricsService,
    MetricsResolver,
    CaseStudyOutcomesResolver,
    AdoptionOutcomesResolver,
    OutcomeMeasurementHistoryResolver,
  ],
  exports: [MetricsRepository],
})
export class MetricsModule {}
