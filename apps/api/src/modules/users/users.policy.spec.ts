import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { canSeeEmail, canViewProfile } from './users.policy';

const user = (overrides: Partial<AuthUser> = {}): AuthUser => ({
  id: 'u1',
  name: 'A',
  email: 'a@example.org',
  organisationId: 'org1',
  roles: [{ role: Role.MEMBER, icsId: null }],
  verified: true,
  membership: null,
  sessionId: 's1',
  createdAt: new Date(),
  ...overrides,
});

describe('users.policy', () => {
  describe('canSeeEmail', () => {
    it('should let a user see their own email', () => {
      expect(canSeeEmail(user(), 'u1')).toBe(true);
    });
    it('should hide another member email from a member', () => {
      expect(canSeeEmail(user(), 'u2')).toBe(false);
    });
    it('should show emails to a regional admin', () => {
      expect(canSeeEmail(user({ roles: [{ role: Role.REGIONAL_ADMIN, icsId: null }] }), 'u2')).toBe(true);
    });
    it('should hide emails from anonymous viewers', () => {
      expect(canSeeEmail(null, 'u1')).toBe(false);
    });
  });
});

describe('canViewProfile', () => {
  const viewer = { id: 'v', roles: [] } as unknown as Parameters<typeof canViewProfile>[0];
  const verified = { membershipStatus: 'VERIFIED', suspendedUntil: null };

  it('lets any signed-in viewer see a verified member', () => {
    expect(canViewProfile(viewer, verified)).toBe(true);
  });

  it('hides unverified and suspended people, and everyone from anonymous viewers', () => {
    expect(canViewProfile(viewer, { membershipStatus: 'REQUESTED', suspendedUntil: null })).toBe(false);
    expect(canViewProfile(viewer, { membershipStatus: null, suspendedUntil: null })).toBe(false);
    expect(
      canViewProfile(viewer, { ...verified, suspendedUntil: new Date(Date.now() + 60_000) }),
    ).toBe(false);
    expect(canViewProfile(viewer, { ...verified, suspendedUntil: new Date(Date.now() - 60_000) })).toBe(true);
    expect(canViewProfile(null, verified)).toBe(false);
  });

  it('hides an account an admin suspended', () => {
    expect(canViewProfile(viewer, { ...verified, accountSuspendedAt: new Date() })).toBe(false);
  });
});
