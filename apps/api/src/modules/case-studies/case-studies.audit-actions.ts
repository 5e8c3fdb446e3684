import { Injectable } from '@nestjs/common';

import { AuditActions } from '../audit/audit-actions';

/** The audit log entries case studies record (see audit/audit-actions.ts). */
@AuditActions({
  feature: 'case-studies',
  actions: [
    {
      action: 'case_study.approved',
      targetType: 'case_study',
      label: 'Case study approved and published',
    },
    {
      action: 'case_study.returned',
      targetType: 'case_study',
      label: 'Case study returned for changes',
    },
  ],
})
@Injectable()
export class CaseStudiesAuditActions {}
