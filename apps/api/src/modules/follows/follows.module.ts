import { Global, Module } from '@nestjs/common';

import { DirectoryModule } from '../directory/directory.module';
import { DiscussionsModule } from '../discussions/discussions.module';
import { UsersModule } from '../users/users.module';
import { FollowTargetsService } from './follow-targets.service';
import { FollowsRepository } from './follows.repository';
import { FollowsResolver } from './follows.resolver';
import { FollowsService } from './follows.service';
import { HomeFeedResolver } from './home-feed.resolver';
import { HomeFeedService } from './home-feed.service';
import { NotificationEmailsService } from './notification-emails.service';
import { FollowOwnIcsOnVerification } from './own-ics.membership-listener';
import { UnsubscribeController } from './unsubscribe.controller';
import { FollowsOrganisationReferences } from './follows.organisation-references';
import { FollowsPersonalData } from './follows.personal-data';
import { FollowsNotificationKinds } from './follows.notification-kinds';
import { WatchedItemAlerts, WatchingSweepJob } from './watched-item-alerts';

/** Follows, email preferences, immediate emails (watching alerts included) and the digest job. Global like notifications. */
@Global()
@Module({
  imports: [DiscussionsModule, DirectoryModule, UsersModule],
  controllers: [UnsubscribeController],
  providers: [
    FollowsOrganisationReferences,
    FollowsPersonalData,
    FollowsRepository,
    FollowTargetsService,
    FollowsService,
    FollowsResolver,
    HomeFeedService,
    HomeFeedResolver,
    NotificationEmailsService,
    FollowOwnIcsOnVerification,
    FollowsNotificationKinds,
    WatchedItemAlerts,
    WatchingSweepJob,
  ],
  exports: [FollowsService, NotificationEmailsService],
})
export class FollowsModule {}
