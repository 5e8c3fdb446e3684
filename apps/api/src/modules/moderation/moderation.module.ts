import { Module } from '@nestjs/common';

import { ModerationRepository } from './moderation.repository';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { ModerationNotificationKinds } from './moderation.notification-kinds';
import { ModerationAuditActions } from './moderation.audit-actions';

@Module({
  providers: [
    ModerationNotificationKinds,
    ModerationAuditActions,
    ModerationRepository,
    ModerationService,
    ModerationResolver,
  ],
})
export class ModerationModule {}
