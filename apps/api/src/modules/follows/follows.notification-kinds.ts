import { Injectable } from '@nestjs/common';

import { NotificationKinds } from '../notifications/notification-kinds';

/** The notifications follows creates (see notifications/notification-kinds.ts). */
@NotificationKinds({
  feature: 'follows',
  kinds: [
    {
      kind: 'WATCHING',
      delivery: 'IMMEDIATE',
      label: 'A new case study or event in an ICS, theme or organisation you watch',
    },
  ],
})
@Injectable()
export class FollowsNotificationKinds {}
