import { Injectable } from '@nestjs/common';

import { AuditActions } from '../audit/audit-actions';

/** The audit log entries privacy records: ids only, never a name or an email. */
@AuditActions({
  feature: 'privacy',
  actions: [
    { action: 'privacy.export-requested', targetType: 'user', label: 'Data export requested' },
    {
      action: 'privacy.deletion-requested',
      targetType: 'user',
      label: 'Account deletion requested',
    },
    {
      action: 'privacy.deletion-cancelled',
      targetType: 'user',
      label: 'Account deletion cancelled',
    },
    { action: 'privacy.user-anonymised', targetType: 'user', label: 'Account anonymised' },
  ],
})
@Injectable()
export class PrivacyAuditActions {}
