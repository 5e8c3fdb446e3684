import { Injectable } from '@nestjs/common';

import { AuditActions } from '../audit/audit-actions';

/** The audit log entries users records (see audit/audit-actions.ts). */
@AuditActions({
  feature: 'users',
  actions: [
    { action: 'email.confirmed', targetType: 'user', label: 'Email address confirmed' },
    { action: 'membership.requested', targetType: 'user', label: 'Asked to join an organisation' },
    { action: 'membership.declined', targetType: 'user', label: 'Request to join declined' },
    { action: 'membership.verified', targetType: 'user', label: 'Membership verified' },
    { action: 'member.vouched', targetType: 'user', label: 'Member vouched for' },
    { action: 'role.granted', targetType: 'user', label: 'Role granted' },
    { action: 'role.revoked', targetType: 'user', label: 'Role revoked' },
    { action: 'user.suspended', targetType: 'user', label: 'Account suspended' },
    { action: 'user.restored', targetType: 'user', label: 'Account restored' },
    {
      action: 'organisation.requested',
      targetType: 'organisation_request',
      label: 'New organisation requested',
    },
    {
      action: 'organisation_request.created',
      targetType: 'organisation_request',
      label: 'Requested organisation added to the directory',
    },
    {
      action: 'organisation_request.matched',
      targetType: 'organisation_request',
      label: 'Organisation request matched to a listed organisation',
    },
    {
      action: 'organisation_request.rejected',
      targetType: 'organisation_request',
      label: 'Organisation request rejected',
    },
  ],
})
@Injectable()
export class UsersAuditActions {}
