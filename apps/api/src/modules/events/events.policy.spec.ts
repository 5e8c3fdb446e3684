import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { EventStatus } from './entities/event.entity';
import {
  OPEN_POOL,
  allocatePlace,
  canManageEvent,
  canViewEvent,
  canViewRegistration,
  checkAnswers,
  quotaProblems,
  registrationWindow,
} from './events.policy';

const user = (id: string, ...roles: Role[]): AuthUser => ({
  id,
  name: 'U',
  email: 'u@example.org',
  organisationId: 'o',
  roles: roles.map((role) => ({ role, icsId: null })),
  verified: true,
  membership: null,
  sessionId: 's',
  createdAt: new Date(),
});

describe('events.policy', () => {
  describe('canManageEvent', () => {
    it('should allow organisers and regional admins, not other members', () => {
      const event = { organiserUserIds: ['a'], status: EventStatus.DRAFT };
      expect(canManageEvent(user('a', Role.MEMBER), event)).toBe(true);
      expect(canManageEvent(user('b', Role.REGIONAL_ADMIN), event)).toBe(true);
      expect(canManageEvent(user('c', Role.ORGANISER), event)).toBe(false);
      expect(canManageEvent(null, event)).toBe(false);
    });

    it('should show a registration and its history to the delegate and those managing the event only', () => {
      const event = { organiserUserIds: ['org'], status: EventStatus.PUBLISHED };
      const reg = { userId: 'delegate' };
      expect(canViewRegistration(user('delegate', Role.MEMBER), reg, event)).toBe(true);
      expect(canViewRegistration(user('org', Role.ORGANISER), reg, event)).toBe(true);
      expect(canViewRegistration(user('admin', Role.REGIONAL_ADMIN), reg, event)).toBe(true);
      expect(canViewRegistration(user('other-org', Role.ORGANISER), reg, event)).toBe(false);
      expect(canViewRegistration(user('member', Role.MEMBER), reg, event)).toBe(false);
      expect(canViewRegistration(null, reg, event)).toBe(false);
    });

    it('should hide drafts from non-organisers', () => {
      expect(canViewEvent(null, { organiserUserIds: [], status: EventStatus.DRAFT })).toBe(false);
      expect(canViewEvent(null, { organiserUserIds: [], status: EventStatus.PUBLISHED })).toBe(true);
    });
  });

  describe('allocatePlace', () => {
    const quotas = [
      { id: 'q-qua', kind: 'ICS' as const, key: 'QUA', places: 2 },
      { id: 'q-vcse', kind: 'ORGANISATION_TYPE' as const, key: 'VCSE', places: 1 },
    ];
    const bc = { icsOdsCodes: ['QUA'], organisationTypeKey: 'VCSE' };
    const other = { icsOdsCodes: ['QT1'], organisationTypeKey: 'ICB' };

    it('should use the ICS quota first, then the sector quota, then the open pool', () => {
      expect(allocatePlace(5, quotas, new Map(), bc)).toBe('q-qua');
      expect(allocatePlace(5, quotas, new Map([['q-qua', 2]]), bc)).toBe('q-vcse');
      expect(allocatePlace(5, quotas, new Map([['q-qua', 2], ['q-vcse', 1]]), bc)).toBe(OPEN_POOL);
    });

    it('should not let others take guaranteed places when the open pool is full', () => {
      expect(allocatePlace(5, quotas, new Map([[OPEN_POOL, 2]]), other)).toBeNull();
      expect(allocatePlace(5, quotas, new Map([[OPEN_POOL, 1]]), other)).toBe(OPEN_POOL);
    });

    it('should never exceed capacity', () => {
      expect(allocatePlace(2, [], new Map([[OPEN_POOL, 2]]), other)).toBeNull();
      expect(allocatePlace(3, quotas, new Map([['q-qua', 3]]), bc)).toBeNull();
    });
  });

  describe('quotaProblems', () => {
    it('should reject quotas larger than capacity and duplicates', () => {
      expect(quotaProblems(10, [{ kind: 'ICS', key: 'QUA', places: 5 }])).toEqual([]);
      expect(quotaProblems(4, [{ kind: 'ICS', key: 'QUA', places: 5 }])).toHaveLength(1);
      expect(
        quotaProblems(10, [
          { kind: 'ICS', key: 'QUA', places: 1 },
          { kind: 'ICS', key: 'QUA', places: 1 },
        ]),
      ).toHaveLength(1);
    });
  });

  describe('registrationWindow', () => {
    it('should be open between opening and closing, closed once the event starts', () => {
      const startsAt = new Date('2030-01-10T09:00:00Z');
      const event = { registrationOpensAt: new Date('2030-01-01T00:00:00Z'), registrationClosesAt: null, startsAt };
      expect(registrationWindow(event, new Date('2029-12-31T00:00:00Z'))).toBe('NOT_YET_OPEN');
      expect(registrationWindow(event, new Date('2030-01-05T00:00:00Z'))).toBe('OPEN');
      expect(registrationWindow(event, startsAt)).toBe('CLOSED');
    });
  });

  describe('checkAnswers', () => {
    const questions = [
      { id: 'diet', label: 'Dietary needs', type: 'TEXT' as const, required: false, sensitive: true, options: [] },
      { id: 'role', label: 'Role', type: 'CHOICE' as const, required: true, sensitive: false, options: ['Clinical', 'Other'] },
    ];

    it('should split sensitive answers out', () => {
      const r = checkAnswers(questions, [
        { questionId: 'diet', value: 'Vegan' },
        { questionId: 'role', value: 'Other' },
      ]);
      expect(r.errors).toEqual([]);
      expect(r.sensitive).toEqual({ diet: 'Vegan' });
      expect(r.answers).toEqual({ role: 'Other' });
    });

    it('should report missing required, bad choices and unknown questions', () => {
      expect(checkAnswers(questions, []).errors.map((e) => e.field)).toEqual(['role']);
      expect(checkAnswers(questions, [{ questionId: 'role', value: 'X' }]).errors).toHaveLength(1);
      expect(checkAnswers(questions, [{ questionId: 'nope', value: 'X' }, { questionId: 'role', value: 'Other' }]).errors).toHaveLength(1);
    });
  });
});
