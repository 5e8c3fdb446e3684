import { Injectable } from '@nestjs/common';

import { AuditActions } from '../audit/audit-actions';

/** The audit log entries commitments record (see audit/audit-actions.ts). */
@AuditActions({
  feature: 'commitments',
  actions: [
    {
      action: 'commitment.updated',
      targetType: 'commitment',
      label: 'Commitment changed',
    },
  ],
})
@Injectable()
export class CommitmentsAuditActions {}
