import { Injectable } from '@nestjs/common';

import { AuditActions } from '../audit/audit-actions';

/** The audit log entries moderation records (see audit/audit-actions.ts). */
@AuditActions({
  feature: 'moderation',
  actions: [
    {
      action: 'comment.auto_hidden',
      targetType: 'comment',
      label: 'Comment hidden by flags, pending review',
    },
    { action: 'comment.hide', targetType: 'comment', label: 'Comment hidden by a moderator' },
    { action: 'comment.restore', targetType: 'comment', label: 'Comment restored' },
    { action: 'comment.dismiss', targetType: 'comment', label: 'Flags dismissed' },
    { action: 'comment.warn', targetType: 'comment', label: 'Author warned' },
    { action: 'comment.suspend', targetType: 'comment', label: 'Author suspended' },
  ],
})
@Injectable()
export class ModerationAuditActions {}
