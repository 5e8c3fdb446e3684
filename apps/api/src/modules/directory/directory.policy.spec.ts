import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import {
  canManageOrganisation,
  canManageReferenceData,
  canMergeOrganisations,
  organisationListScope,
} from './directory.policy';

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
    expect(canManageOrganisation(actor([{ role: Role.REGIONAL_ADMIN, icsId: null }]), ['a'])).toBe(
      true,
    );
  });
  it('should allow an ICS admin inside their ICS', () => {
    expect(canManageOrganisation(actor([{ role: Role.ICS_ADMIN, icsId: 'a' }]), ['a'])).toBe(true);
  });
  it('should refuse an ICS admin for an organisation spanning another ICS', () => {
    expect(canManageOrganisation(actor([{ role: Role.ICS_ADMIN, icsId: 'a' }]), ['a', 'b'])).toBe(
      false,
    );
  });
  it('should refuse a member', () => {
    expect(canManageOrganisation(actor([{ role: Role.MEMBER, icsId: null }]), ['a'])).toBe(false);
  });
});

describe('directory.policy canMergeOrganisations', () => {
  const regional = actor([{ role: Role.REGIONAL_ADMIN, icsId: null }]);
  const icsAdmin = actor([{ role: Role.ICS_ADMIN, icsId: 'a' }]);
  it('should allow a regional admin to merge across ICSs', () => {
    expect(canMergeOrganisations(regional, ['a'], ['b'])).toBe(true);
  });
  it('should allow an ICS admin when both organisations are in their ICS', () => {
    expect(canMergeOrganisations(icsAdmin, ['a'], ['a'])).toBe(true);
  });
  it('should refuse an ICS admin when either organisation is outside their ICS', () => {
    expect(canMergeOrganisations(icsAdmin, ['a'], ['b'])).toBe(false);
    expect(canMergeOrganisations(icsAdmin, ['b'], ['a'])).toBe(false);
  });
  it('should refuse an ICS admin for an organisation in no ICS', () => {
    expect(canMergeOrganisations(icsAdmin, ['a'], [])).toBe(false);
  });
});

describe('directory.policy canManageReferenceData', () => {
  it('should allow regional admins only', () => {
    expect(canManageReferenceData(actor([{ role: Role.REGIONAL_ADMIN, icsId: null }]))).toBe(true);
    expect(canManageReferenceData(actor([{ role: Role.ICS_ADMIN, icsId: 'a' }]))).toBe(false);
    expect(canManageReferenceData(actor([{ role: Role.MEMBER, icsId: null }]))).toBe(false);
  });
});

describe('directory.policy organisationListScope', () => {
  it('should show a regional admin everything and an ICS admin their ICSs only', () => {
    expect(
      organisationListScope(
        actor([
          { role: Role.REGIONAL_ADMIN, icsId: null },
          { role: Role.ICS_ADMIN, icsId: 'a' },
        ]),
      ),
    ).toBeNull();
    expect(
      organisationListScope(
        actor([
          { role: Role.ICS_ADMIN, icsId: 'a' },
          { role: Role.ICS_ADMIN, icsId: 'b' },
        ]),
      ),
    ).toEqual(['a', 'b']);
    expect(organisationListScope(actor([{ role: Role.MEMBER, icsId: null }]))).toEqual([]);
  });
});
