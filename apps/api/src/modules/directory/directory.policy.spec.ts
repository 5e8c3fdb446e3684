import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { canManageOrganisation } from './directory.policy';

const actor = (roles: AuthUser['roles']): AuthUser => ({
  id: 'u',
  name: 'n',
  email: 'e@example.org',
  organisationId: 'o',
  roles,
  verified: true,
  membership: null,
  sessionId: 's',
  createdAt: new Date(),
});

describe('directory.policy canManageOrganisation', () => {
  it('should allow a regional admin anywhere', () => {
    expect(canManageOrganisation(actor([{ role: Role.REGIONAL_ADMIN, icsId: null }]), ['a'])).toBe(true);
  });
  it('should allow an ICS admin inside their ICS', () => {
    expect(canManageOrganisation(actor([{ role: Role.ICS_ADMIN, icsId: 'a' }]), ['a'])).toBe(true);
  });
  it('should refuse an ICS admin for an organisation spanning another ICS', () => {
    expect(canManageOrganisation(actor([{ role: Role.ICS_ADMIN, icsId: 'a' }]), ['a', 'b'])).toBe(false);
  });
  it('should refuse a member', () => {
    expect(canManageOrganisation(actor([{ role: Role.MEMBER, icsId: null }]), ['a'])).toBe(false);
  });
});
