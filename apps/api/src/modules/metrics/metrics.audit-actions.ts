import { Injectable } from '@nestjs/common';

import { AuditActions } from '../audit/audit-actions';

/** The audit log entries metrics record (see audit/audit-actions.ts). */
@AuditActions({
  feature: 'metrics',
  actions: [
    { action: 'metric.created', targetType: 'metric', label: 'Metric added to the dictionary' },
    { action: 'metric.updated', targetType: 'metric', label: 'Metric changed' },
    {
      action: 'outcome_import.saved',
      targetType: 'outcome_import',
      label: 'Outcome figures imported from a file',
    },
  ],
})
@Injectable()
export class MetricsAuditActions {}
