import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../../common/auth/auth-user';
import {
  adminScope,
  canAdministerPerson,
  canChangeRole,
  canSuspend,
  removesLastRegionalAdmin,
  scopedIcsFilter,
} from './admin-people.policy';
import type { AdministeredPerson } from './admin-people.policy';

const actor = (roles: AuthUser['roles'], id = 'admin'): AuthUser => ({
  id,
  name: 'A',
  email: 'a@example.org',
  organisationId: 'org1',
  roles,
  verified: true,
  membership: null,
  sessionId: 's1',
  createdAt: new Date(),
});

const regional = actor([{ role: Role.REGIONAL_ADMIN, icsId: null }]);
const icsAdmin = actor([{ role: Role.ICS_ADMIN, icsId: 'ics1' }]);
const member = actor([{ role: Role.MEMBER, icsId: null }]);

const person = (overrides: Partial<AdministeredPerson> = {}): AdministeredPerson => ({
  id: 'p1',
  roles: [{ role: Role.MEMBER, icsId: null }],
  icsIds: ['ics1'],
  ...overrides,
});

describe('admin-people.policy', () => {
  describe('adminScope and scopedIcsFilter', () => {
    it('should give a regional admin everyone and an ICS admin their ICSs', () => {
      expect(adminScope(regional)).toEqual({ all: true });
      expect(adminScope(icsAdmin)).toEqual({ all: false, icsIds: ['ics1'] });
      expect(adminScope(member)).toBeNull();
      expect(adminScope(null)).toBeNull();
    });

    it('should narrow an ICS admin search to their ICSs, and to nothing outside them', () => {
      expect(scopedIcsFilter({ all: true }, null)).toBeNull();
      expect(scopedIcsFilter({ all: true }, 'ics2')).toEqual(['ics2']);
      expect(scopedIcsFilter({ all: false, icsIds: ['ics1'] }, null)).toEqual(['ics1']);
      expect(scopedIcsFilter({ all: false, icsIds: ['ics1'] }, 'ics1')).toEqual(['ics1']);
      expect(scopedIcsFilter({ all: false, icsIds: ['ics1'] }, 'ics2')).toEqual([]);
    });
  });

  describe('canAdministerPerson', () => {
    it('should let an ICS admin act only for people in their ICS', () => {
      expect(canAdministerPerson(icsAdmin, person())).toBe(true);
      expect(canAdministerPerson(icsAdmin, person({ icsIds: ['ics2'] }))).toBe(false);
      expect(canAdministerPerson(icsAdmin, person({ icsIds: [] }))).toBe(false);
      expect(canAdministerPerson(regional, person({ icsIds: [] }))).toBe(true);
      expect(canAdministerPerson(member, person())).toBe(false);
    });
  });

  describe('canChangeRole', () => {
    it('should let a regional admin grant anything', () => {
      expect(canChangeRole(regional, person({ icsIds: ['ics9'] }), Role.REGIONAL_ADMIN, null)).toBe(
        true,
      );
      expect(canChangeRole(regional, person(), Role.ICS_ADMIN, 'ics9')).toBe(true);
    });

    it('should keep an ICS admin to roles and scopes within their ICS', () => {
      expect(canChangeRole(icsAdmin, person(), Role.ORGANISER, null)).toBe(true);
      expect(canChangeRole(icsAdmin, person(), Role.ICS_ADMIN, 'ics1')).toBe(true);
      expect(canChangeRole(icsAdmin, person(), Role.ICS_ADMIN, 'ics2')).toBe(false);
      expect(canChangeRole(icsAdmin, person(), Role.ICS_ADMIN, null)).toBe(false);
      expect(canChangeRole(icsAdmin, person(), Role.REGIONAL_ADMIN, null)).toBe(false);
      expect(canChangeRole(icsAdmin, person({ icsIds: ['ics2'] }), Role.ORGANISER, null)).toBe(
        false,
      );
    });

    it('should stop an ICS admin changing a regional admin', () => {
      const boss = person({ roles: [{ role: Role.REGIONAL_ADMIN, icsId: null }] });
      expect(canChangeRole(icsAdmin, boss, Role.MODERATOR, null)).toBe(false);
    });

    it('should refuse a member', () => {
      expect(canChangeRole(member, person(), Role.MEMBER, null)).toBe(false);
    });
  });

  describe('canSuspend', () => {
    it('should never let an admin suspend themselves', () => {
      expect(canSuspend(regional, person({ id: 'admin' }))).toBe('self');
    });

    it('should let an ICS admin suspend people in their ICS but not outside it or a regional admin', () => {
      expect(canSuspend(icsAdmin, person())).toBe('allowed');
      expect(canSuspend(icsAdmin, person({ icsIds: ['ics2'] }))).toBe('forbidden');
      const boss = person({ roles: [{ role: Role.REGIONAL_ADMIN, icsId: null }] });
      expect(canSuspend(icsAdmin, boss)).toBe('forbidden');
      expect(canSuspend(regional, boss)).toBe('allowed');
      expect(canSuspend(member, person())).toBe('forbidden');
    });
  });

  describe('removesLastRegionalAdmin', () => {
    it('should protect the last active regional admin only', () => {
      expect(removesLastRegionalAdmin(Role.REGIONAL_ADMIN, 1)).toBe(true);
      expect(removesLastRegionalAdmin(Role.REGIONAL_ADMIN, 2)).toBe(false);
      expect(removesLastRegionalAdmin(Role.ORGANISER, 1)).toBe(false);
    });
  });
});
