import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { DirectoryModule } from '../directory/directory.module';
import { UsersModule } from '../users/users.module';
import { CommentsResolver } from './comments.resolver';
import { PersonCommentsResolver } from './person-comments.resolver';
import { DiscussionsFeedSource } from './discussions.feed-source';
import { DiscussionsRepository } from './discussions.repository';
import { CommentsSearchSource, ThreadsSearchSource } from './discussions.search-source';
import { DiscussionsService } from './discussions.service';
import { GeneralDiscussionSubject } from './subjects/general.discussion-subject';
import { SubjectRegistry } from './subjects/subject-registry';
import { ThemeDiscussionSubject } from './subjects/theme.discussion-subject';
import { ThreadListRepository } from './thread-list.repository';
import { ThreadListService } from './thread-list.service';
import { ThreadsResolver } from './threads.resolver';
import { DiscussionsLoadersContribution } from './loaders/discussions.loaders.contribution';
import { DiscussionsNotificationKinds } from './discussions.notification-kinds';
import { DiscussionsPersonalData } from './discussions.personal-data';

/**
 * Threads and comments. Subjects come from the `@DiscussionSubject` contribution
 * point: each feature registers its own provider; this module imports none of them.
 */
@Module({
  imports: [DiscoveryModule, DirectoryModule, UsersModule],
  providers: [
    DiscussionsPersonalData,
    DiscussionsNotificationKinds,
    DiscussionsLoadersContribution,
    DiscussionsRepository,
    DiscussionsService,
    ThreadListRepository,
    ThreadListService,
    SubjectRegistry,
    GeneralDiscussionSubject,
    ThemeDiscussionSubject,
    ThreadsResolver,
    CommentsResolver,
    ThreadsSearchSource,
    CommentsSearchSource,
    PersonCommentsResolver,
    DiscussionsFeedSource,
  ],
  exports: [DiscussionsService, DiscussionsRepository, SubjectRegistry],
})
export class DiscussionsModule {}
