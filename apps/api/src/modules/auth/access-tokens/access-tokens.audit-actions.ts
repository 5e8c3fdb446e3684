import { Injectable } from '@nestjs/common';

import { AuditActions } from '../../audit/audit-actions';

/** The audit log entries personal access tokens record (never the token text). */
@AuditActions({
  feature: 'access-tokens',
  actions: [
    { action: 'access_token.created', targetType: 'access_token', label: 'Personal access token created' },
    { action: 'access_token.revoked', targetType: 'access_token', label: 'Personal access token revoked' },
  ],
})
@Injectable()
export class AccessTokensAuditActions {}
