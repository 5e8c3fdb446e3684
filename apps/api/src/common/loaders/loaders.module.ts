import { Module } from '@nestjs/common';

import { AdoptionsModule } from '../../modules/adoptions/adoptions.module';
import { CaseStudiesModule } from '../../modules/case-studies/case-studies.module';
import { MetricsModule } from '../../modules/metrics/metrics.module';
import { DirectoryModule } from '../../modules/directory/directory.module';
import { EventsModule } from '../../modules/events/events.module';
import { UsersModule } from '../../modules/users/users.module';
import { LoadersFactory } from './loaders.factory';

@Module({
  imports: [
    DirectoryModule,
    UsersModule,
    CaseStudiesModule,
    AdoptionsModule,
    MetricsModule,
    EventsModule,
  ],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
