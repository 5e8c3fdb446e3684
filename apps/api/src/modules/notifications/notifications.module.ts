import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { NotificationKindRegistry } from './notification-kinds';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/**
 * Global so any feature can notify people without import cycles. Features
 * declare their kinds with `@NotificationKinds`; the registry finds them.
 */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [NotificationKindRegistry, NotificationsService, NotificationsResolver],
  exports: [NotificationsService, NotificationKindRegistry],
})
export class NotificationsModule {}
