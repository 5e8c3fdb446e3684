import { Injectable } from '@nestjs/common';

import { AuditActions } from '../../audit/audit-actions';

/** The audit log entries board packs record (see audit/audit-actions.ts). */
@AuditActions({
  feature: 'dashboards',
  actions: [
    { action: 'board_pack.requested', targetType: 'board_pack', label: 'Board pack requested' },
    { action: 'board_pack.generated', targetType: 'board_pack', label: 'Board pack generated' },
    { action: 'board_pack.failed', targetType: 'board_pack', label: 'Board pack failed' },
  ],
})
@Injectable()
export class BoardPacksAuditActions {}
