import { Injectable } from '@nestjs/common';

import { AuditActions } from '../audit/audit-actions';

/** The audit log entries directory records (see audit/audit-actions.ts). */
@AuditActions({
  feature: 'directory',
  actions: [
    { action: 'organisation.created', targetType: 'organisation', label: 'Organisation added' },
    { action: 'organisation.updated', targetType: 'organisation', label: 'Organisation changed' },
  ],
})
@Injectable()
export class DirectoryAuditActions {}
