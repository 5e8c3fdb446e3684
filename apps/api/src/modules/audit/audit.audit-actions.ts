import { Injectable } from '@nestjs/common';

import { AuditActions } from './audit-actions';

/** The audit log's own entries: reading it out is itself audited. */
@AuditActions({
  feature: 'audit',
  actions: [
    { action: 'audit_log.exported', targetType: 'audit_log', label: 'Audit log exported (CSV)' },
  ],
})
@Injectable()
export class AuditAuditActions {}
