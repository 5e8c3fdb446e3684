import { Injectable } from '@nestjs/common';

import { AuditActions } from '../../audit/audit-actions';

/** The audit log entries organisation sign-in records (never a token, secret, email or name). */
@AuditActions({
  feature: 'sso',
  actions: [
    {
      action: 'sso_connection.created',
      targetType: 'sso_connection',
      label: 'Sign-in connection added',
    },
    {
      action: 'sso_connection.updated',
      targetType: 'sso_connection',
      label: 'Sign-in connection changed',
    },
    {
      action: 'sso_connection.deleted',
      targetType: 'sso_connection',
      label: 'Sign-in connection deleted',
    },
    { action: 'sso.signed_in', targetType: 'user', label: 'Signed in with their organisation' },
    {
      action: 'sso.account_created',
      targetType: 'user',
      label: 'Account created at first organisation sign-in',
    },
    {
      action: 'sso.link_requested',
      targetType: 'user',
      label: 'Organisation sign-in waiting for proof of the existing account',
    },
    {
      action: 'sso.link_emailed',
      targetType: 'user',
      label: 'Link to confirm organisation sign-in emailed to the account',
    },
    {
      action: 'sso.linked',
      targetType: 'user',
      label: 'Organisation sign-in linked to the account',
    },
    {
      action: 'sso.link_failed',
      targetType: 'user',
      label:
        'Linking organisation sign-in failed (wrong password, or emailed link opened in another browser)',
    },
    {
      action: 'sso.sign_in_failed',
      targetType: 'sso_connection',
      label: 'Organisation sign-in refused',
    },
  ],
})
@Injectable()
export class SsoAuditActions {}
