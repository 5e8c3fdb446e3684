import { describe, expect, it } from '@jest/globals';

import type { ApiError } from '@mic/web-data-access';

import { friendlyApiErrors } from './friendly-errors';
import { isMembershipAdmin, mayVouch, membershipTag } from './membership-status';

describe('membershipTag', () => {
  it('should name each status in plain English', () => {
    expect(membershipTag('REQUESTED').text).toBe('Waiting for verification');
    expect(membershipTag('VERIFIED')).toEqual({ text: 'Verified', colour: 'green' });
    expect(membershipTag('DECLINED').text).toBe('Declined');
    expect(membershipTag(null).text).toBe('No organisation chosen');
  });
});

describe('mayVouch', () => {
  it('should allow verified members and admins only', () => {
    expect(mayVouch({ verified: true, roles: ['MEMBER'] })).toBe(true);
    expect(mayVouch({ verified: false, roles: ['MEMBER'] })).toBe(false);
    expect(mayVouch({ verified: false, roles: ['ICS_ADMIN'] })).toBe(true);
    expect(isMembershipAdmin(['MODERATOR'])).toBe(false);
    expect(isMembershipAdmin(['REGIONAL_ADMIN'])).toBe(true);
  });
});

describe('friendlyApiErrors', () => {
  it('should keep domain messages and hide technical ones', () => {
    const errors: ApiError[] = [
      { code: 'CONFLICT', message: 'This person is already a verified member.' },
      { code: 'INTERNAL_SERVER_ERROR', message: 'QueryFailedError: relation "x" does not exist' },
      { code: 'UNAUTHENTICATED', message: 'jwt expired' },
    ];
    expect(friendlyApiErrors(errors)).toEqual([
      'This person is already a verified member.',
      'Something went wrong. Try again later.',
      'Your session has ended. Sign in again.',
    ]);
  });
});
