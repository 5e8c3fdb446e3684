import { Injectable } from '@nestjs/common';

import { AuditActions } from '../audit/audit-actions';

/** The audit log entries directory records (see audit/audit-actions.ts). */
@AuditActions({
  feature: 'directory',
  actions: [
    { action: 'organisation.created', targetType: 'organisation', label: 'Organisation added' },
    { action: 'organisation.updated', targetType: 'organisation', label: 'Organisation changed' },
    {
      action: 'organisation.merged',
      targetType: 'organisation',
      label: 'Duplicate organisation merged in',
    },
    { action: 'theme.created', targetType: 'theme', label: 'Theme added' },
    { action: 'theme.updated', targetType: 'theme', label: 'Theme changed' },
    {
      action: 'organisation_type.created',
      targetType: 'organisation_type',
      label: 'Organisation type added',
    },
    {
      action: 'organisation_type.updated',
      targetType: 'organisation_type',
      label: 'Organisation type changed',
    },
  ],
})
@Injectable()
export class DirectoryAuditActions {}
