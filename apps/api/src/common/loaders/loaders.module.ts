import { Module } from '@nestjs/common';

import { AdoptionsModule } from '../../modules/adoptions/adoptions.module';
import { CaseStudiesModule } from '../../modules/case-studies/case-studies.module';
import { MetricsModule } from '../../modules/metrics/metrics.module';
import { DiscussionsModule } from '../../modules/discussions/discussions.module';
import { FilesModule } from '../../modules/files/files.module';
import { ToolkitsModule } from '../../modules/toolkits/toolkits.module';
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
    DiscussionsModule,
    ToolkitsModule,
    FilesModule,
  ],
  providers: [LoadersFactory],
  exports: [LoadersFactory],
})
export class LoadersModule {}
