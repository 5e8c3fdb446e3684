import { Injectable } from '@nestjs/common';

import { NotificationKinds } from '../notifications/notification-kinds';

/** The notifications events creates (see notifications/notification-kinds.ts). */
@NotificationKinds({
  feature: 'events',
  kinds: [
    {
      kind: 'event.cancelled',
      delivery: 'DIGEST',
      label: 'An event you registered for was cancelled',
    },
    {
      kind: 'ADOPTION_LEAD',
      delivery: 'DIGEST',
      label: 'A delegate wants to adopt a case study shown at an event',
    },
  ],
})
@Injectable()
export class EventsNotificationKinds {}
