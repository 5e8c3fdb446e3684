import { Injectable } from '@nestjs/common';

import { NotificationKinds } from '../notifications/notification-kinds';

/** The notifications adoptions creates (see notifications/notification-kinds.ts). */
@NotificationKinds({
  feature: 'adoptions',
  kinds: [
    {
      kind: 'ADOPTION_DECLARED',
      delivery: 'DIGEST',
      label: 'An organisation is adopting your case study',
    },
  ],
})
@Injectable()
export class AdoptionsNotificationKinds {}
