import { Injectable } from '@nestjs/common';

import { AuditActions } from '../audit/audit-actions';

/** The audit log entries events records (see audit/audit-actions.ts). */
@AuditActions({
  feature: 'events',
  actions: [
    { action: 'event.cancelled', targetType: 'event', label: 'Event cancelled' },
    {
      action: 'event.delegates_exported',
      targetType: 'event',
      label: 'Delegate list exported (CSV, includes special-category answers)',
    },
    { action: 'event.badges_exported', targetType: 'event', label: 'Name badges exported (PDF)' },
    {
      action: 'registration.cancelled',
      targetType: 'registration',
      label: 'Registration cancelled',
    },
    { action: 'registration.approved', targetType: 'registration', label: 'Registration approved' },
    { action: 'registration.declined', targetType: 'registration', label: 'Registration declined' },
    {
      action: 'registration.moved',
      targetType: 'registration',
      label: 'Registration moved to another event',
    },
  ],
})
@Injectable()
export class EventsAuditActions {}
