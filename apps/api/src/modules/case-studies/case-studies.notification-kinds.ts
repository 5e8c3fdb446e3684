import { Injectable } from '@nestjs/common';

import { NotificationKinds } from '../notifications/notification-kinds';

/** The notifications case-studies creates (see notifications/notification-kinds.ts). */
@NotificationKinds({
  feature: 'case-studies',
  kinds: [
    {
      kind: 'CASE_STUDY_APPROVED',
      delivery: 'DIGEST',
      label: 'Your case study was published after peer review',
    },
    {
      kind: 'CASE_STUDY_RETURNED',
      delivery: 'DIGEST',
      label: 'Your case study was returned with comments',
    },
  ],
})
@Injectable()
export class CaseStudiesNotificationKinds {}
