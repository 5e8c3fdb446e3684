import { Module } from '@nestjs/common';

import { CaseStudiesModule } from '../case-studies/case-studies.module';
import { DirectoryModule } from '../directory/directory.module';
import { EventsModule } from '../events/events.module';
import { ToolkitsModule } from '../toolkits/toolkits.module';
import { CommentsResolver } from './comments.resolver';
import { DiscussionsRepository } from './discussions.repository';
import { DiscussionsService } from './discussions.service';
import { SubjectRegistry } from './subjects/subject-registry';
import { ThreadsResolver } from './threads.resolver';
import { DiscussionsLoadersContribution } from './loaders/discussions.loaders.contribution';
import { DiscussionsNotificationKinds } from './discussions.notification-kinds';

@Module({
  imports: [DirectoryModule, ToolkitsModule, EventsModule, CaseStudiesModule],
  providers: [
    DiscussionsNotificationKinds,
    DiscussionsLoadersContribution,
    DiscussionsRepository,
    DiscussionsService,
    SubjectRegistry,
    ThreadsResolver,
    CommentsResolver,
  ],
  exports: [DiscussionsService, DiscussionsRepository, SubjectRegistry],
})
export class DiscussionsModule {}
