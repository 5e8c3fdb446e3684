import { Injectable } from '@nestjs/common';

import { NotificationKinds } from '../notifications/notification-kinds';

/** The notifications toolkits creates (see notifications/notification-kinds.ts). */
@NotificationKinds({
  feature: 'toolkits',
  kinds: [
    { kind: 'TOOLKIT_VERSION', delivery: 'DIGEST', label: 'A new version of a toolkit you follow' },
  ],
})
@Injectable()
export class ToolkitsNotificationKinds {}
