import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { AdoptionStage } from './adoption.enums';
import {
  canDeclareAdoption,
  canEditAdoption,
  furthestStage,
  per100k,
  stageChangeProblem,
} from './adoptions.policy';

const user = (overrides: Partial<AuthUser> = {}): AuthUser => ({
  id: 'u1',
  name: 'U',
  email: 'u@example.org',
  organisationId: 'org-a',
  roles: [{ role: Role.MEMBER, icsId: null }],
  verified: true,
  membership: null,
  sessionId: 's',
  createdAt: new Date(),
  ...overrides,
});

describe('adoptions policy', () => {
  describe('canDeclareAdoption', () => {
    it('should allow a member for their own organisation only', () => {
      expect(canDeclareAdoption(user(), 'org-a')).toBe(true);
      expect(canDeclareAdoption(user(), 'org-b')).toBe(false);
      expect(canDeclareAdoption(null, 'org-a')).toBe(false);
    });
    it('should allow regional admins for any organisation', () => {
      expect(
        canDeclareAdoption(user({ roles: [{ role: Role.REGIONAL_ADMIN, icsId: null }] }), 'org-b'),
      ).toBe(true);
    });
  });

  describe('canEditAdoption', () => {
    const adoption = { organisationId: 'org-a', icsId: 'ics-1' };
    it('should allow the adopting organisation and the ICS admin of its ICS', () => {
      expect(canEditAdoption(user(), adoption)).toBe(true);
      expect(
        canEditAdoption(
          user({ organisationId: 'x', roles: [{ role: Role.ICS_ADMIN, icsId: 'ics-1' }] }),
          adoption,
        ),
      ).toBe(true);
    });
    it('should refuse other organisations and other ICS admins', () => {
      expect(canEditAdoption(user({ organisationId: 'org-b' }), adoption)).toBe(false);
      expect(
        canEditAdoption(
          user({ organisationId: 'x', roles: [{ role: Role.ICS_ADMIN, icsId: 'ics-2' }] }),
          adoption,
        ),
      ).toBe(false);
    });
  });

  describe('stageChangeProblem', () => {
    it('should require a reason to stop', () => {
      expect(stageChangeProblem(AdoptionStage.STOPPED, ' ')).toBe('REASON_REQUIRED');
      expect(stageChangeProblem(AdoptionStage.STOPPED, 'Funding ended')).toBeNull();
      expect(stageChangeProblem(AdoptionStage.PILOTING, undefined)).toBeNull();
    });
  });

  describe('furthestStage', () => {
    it('should pick the furthest stage, ranking STOPPED lowest', () => {
      expect(
        furthestStage([AdoptionStage.EXPLORING, AdoptionStage.EMBEDDED, AdoptionStage.PLANNING]),
      ).toBe(AdoptionStage.EMBEDDED);
      expect(furthestStage([AdoptionStage.STOPPED, AdoptionStage.EXPLORING])).toBe(
        AdoptionStage.EXPLORING,
      );
      expect(furthestStage([AdoptionStage.STOPPED])).toBe(AdoptionStage.STOPPED);
      expect(furthestStage([])).toBeNull();
    });
  });

  describe('per100k', () => {
    it('should normalise counts when the population is known', () => {
      expect(per100k(150, 1_200_000, true)).toBe(12.5);
    });
    it('should not normalise unknown populations or rates', () => {
      expect(per100k(150, null, true)).toBeNull();
      expect(per100k(150, 1_000_000, false)).toBeNull();
    });
  });
});
