import { Global, Module } from '@nestjs/common';

import { DirectoryModule } from '../directory/directory.module';
import { DiscussionsModule } from '../discussions/discussions.module';
import { FollowsRepository } from './follows.repository';
import { FollowsResolver } from './follows.resolver';
import { FollowsService } from './follows.service';
import { NotificationEmailsService } from './notification-emails.service';
import { UnsubscribeController } from './unsubscribe.controller';

/** Follows, email preferences, immediate emails and the digest job. Global like notifications. */
@Global()
@Module({
  imports: [DiscussionsModule, DirectoryModule],
  controllers: [UnsubscribeController],
  providers: [FollowsRepository, FollowsService, FollowsResolver, NotificationEmailsService],
  exports: [FollowsService, NotificationEmailsService],
})
export class FollowsModule {}
