import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { NotificationKindRegistry } from './notification-kinds';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { NotificationsPersonalData } from './notifications.personal-data';

/**
 * Global so any feature can notify people without import cycles. Features
 * declare their kinds with `@NotificationKinds`; the registry finds them.
 */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [
    NotificationsPersonalData,
    NotificationKindRegistry,
    NotificationsService,
    NotificationsResolver,
  ],
  exports: [NotificationsService, NotificationKindRegistry],
})
export class NotificationsModule {}
