import { Injectable } from '@nestjs/common';

import { NotificationKinds } from '../notifications/notification-kinds';

/** The notifications moderation creates (see notifications/notification-kinds.ts). */
@NotificationKinds({
  feature: 'moderation',
  kinds: [
    {
      kind: 'MODERATION_WARNING',
      delivery: 'DIGEST',
      label: 'A moderator warned you about a comment',
    },
  ],
})
@Injectable()
export class ModerationNotificationKinds {}
