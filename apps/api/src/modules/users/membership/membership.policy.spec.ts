import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../../common/auth/auth-user';
import { membershipOf } from '../../../common/auth/auth-user';
import {
  canDecideMembership,
  canDecideOrganisationRequest,
  emailProvesMembership,
} from './membership.policy';

const person = (
  organisationId: string | null,
  status: 'REQUESTED' | 'VERIFIED' | 'DECLINED' | null,
  roles: AuthUser['roles'] = [{ role: Role.MEMBER, icsId: null }],
  id = 'actor',
): AuthUser => ({
  id,
  name: 'A',
  email: 'a@example.org',
  roles,
  sessionId: 's',
  createdAt: new Date(),
  ...membershipOf(organisationId, status),
});

describe('membership policy', () => {
  describe('canDecideMembership', () => {
    const subject = { id: 'subject', organisationId: 'org1' };

    it('should let a verified colleague vouch', () => {
      expect(canDecideMembership(person('org1', 'VERIFIED'), subject, ['ics1'])).toBe(true);
    });

    it('should refuse a colleague whose own membership is only requested', () => {
      expect(canDecideMembership(person('org1', 'REQUESTED'), subject, ['ics1'])).toBe(false);
    });

    it('should refuse a verified member of another organisation', () => {
      expect(canDecideMembership(person('org2', 'VERIFIED'), subject, ['ics1'])).toBe(false);
    });

    it('should refuse deciding your own request', () => {
      expect(canDecideMembership(person('org1', 'VERIFIED', undefined, 'subject'), subject, [])).toBe(false);
    });

    it('should refuse when neither side has an organisation (two nulls are not a match)', () => {
      expect(canDecideMembership(person(null, null), { id: 's', organisationId: null }, [])).toBe(false);
    });

    it('should let an ICS admin in scope decide and refuse one out of scope', () => {
      const admin = person(null, null, [{ role: Role.ICS_ADMIN, icsId: 'ics1' }]);
      expect(canDecideMembership(admin, subject, ['ics1'])).toBe(true);
      expect(canDecideMembership(admin, subject, ['ics2'])).toBe(false);
    });

    it('should let a regional admin decide', () => {
      const admin = person(null, null, [{ role: Role.REGIONAL_ADMIN, icsId: null }]);
      expect(canDecideMembership(admin, subject, [])).toBe(true);
    });
  });

  describe('canDecideOrganisationRequest', () => {
    it('should allow regional admins and ICS admins of the named ICS only', () => {
      const regional = person(null, null, [{ role: Role.REGIONAL_ADMIN, icsId: null }]);
      const icsAdmin = person(null, null, [{ role: Role.ICS_ADMIN, icsId: 'ics1' }]);
      expect(canDecideOrganisationRequest(regional, { icsId: 'ics9' })).toBe(true);
      expect(canDecideOrganisationRequest(icsAdmin, { icsId: 'ics1' })).toBe(true);
      expect(canDecideOrganisationRequest(icsAdmin, { icsId: 'ics2' })).toBe(false);
      expect(canDecideOrganisationRequest(person('org1', 'VERIFIED'), { icsId: 'ics1' })).toBe(false);
    });
  });

  describe('emailProvesMembership', () => {
    it('should match the organisation domain exactly, case-insensitively', () => {
      expect(emailProvesMembership('Ann@Walsall.gov.uk', ['walsall.gov.uk'])).toBe(true);
      expect(emailProvesMembership('ann@evil-walsall.gov.uk', ['walsall.gov.uk'])).toBe(false);
      expect(emailProvesMembership('ann@walsall.gov.uk.evil.com', ['walsall.gov.uk'])).toBe(false);
    });

    it('should never accept a public webmail domain, even if an organisation lists it', () => {
      expect(emailProvesMembership('ann@gmail.com', ['gmail.com'])).toBe(false);
    });
  });
});
