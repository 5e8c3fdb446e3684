import { Module } from '@nestjs/common';

import { DiscussionsModule } from '../discussions/discussions.module';
import { UsersModule } from '../users/users.module';
import { ModerationRepository } from './moderation.repository';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { ModerationNotificationKinds } from './moderation.notification-kinds';
import { ModerationAuditActions } from './moderation.audit-actions';
import { ModerationPersonalData } from './moderation.personal-data';

@Module({
  imports: [DiscussionsModule, UsersModule],
  providers: [
    ModerationPersonalData,
    ModerationNotificationKinds,
    ModerationAuditActions,
    ModerationRepository,
    ModerationService,
    ModerationResolver,
  ],
})
export class ModerationModule {}
