import { Injectable } from '@nestjs/common';

import { AuditActions } from '../audit/audit-actions';

/**
 * The audit log entries auth records (see audit/audit-actions.ts). A failed
 * sign-in names no email: its target is a keyed hash of the address typed
 * (signInAttemptKey), so repeated attempts on one address can be grouped
 * without storing it.
 */
@AuditActions({
  feature: 'auth',
  actions: [
    { action: 'sign_in.succeeded', targetType: 'user', label: 'Signed in' },
    { action: 'sign_in.failed', targetType: 'sign_in', label: 'Sign-in refused' },
  ],
})
@Injectable()
export class AuthAuditActions {}
