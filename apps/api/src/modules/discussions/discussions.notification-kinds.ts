import { Injectable } from '@nestjs/common';

import { NotificationKinds } from '../notifications/notification-kinds';

/** The notifications discussions creates (see notifications/notification-kinds.ts). */
@NotificationKinds({
  feature: 'discussions',
  kinds: [
    { kind: 'THREAD_STARTED', delivery: 'DIGEST', label: 'A new thread on something you follow' },
    { kind: 'REPLY', delivery: 'IMMEDIATE', label: 'A reply to your comment' },
    { kind: 'NEW_COMMENT', delivery: 'DIGEST', label: 'A new comment in a thread you watch' },
    { kind: 'MENTION', delivery: 'IMMEDIATE', label: 'Someone mentioned you' },
  ],
})
@Injectable()
export class DiscussionsNotificationKinds {}
