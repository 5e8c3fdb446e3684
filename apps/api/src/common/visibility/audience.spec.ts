import { Role } from '@mic/shared-util';

import { testAuthUser } from '../auth/auth-user.testing';
import { Audience, audienceSqlFilter, isVisibleTo, viewerTokens } from './audience';

describe('audience', () => {
  const member = testAuthUser({ id: 'u1', organisationId: 'o1', roles: [] });
  const icsAdmin = testAuthUser({
    id: 'u2',
    organisationId: null,
    roles: [{ role: Role.ICS_ADMIN, icsId: 'ics-1' }],
  });

  describe('isVisibleTo', () => {
    it('should show public things to anyone, signed in or not', () => {
      expect(isVisibleTo([Audience.anyone()], null)).toBe(true);
      expect(isVisibleTo([Audience.anyone()], member)).toBe(true);
    });

    it('should show signed-in and verified-member things only to those people', () => {
      expect(isVisibleTo([Audience.signedIn()], null)).toBe(false);
      expect(isVisibleTo([Audience.signedIn()], icsAdmin)).toBe(true);
      expect(isVisibleTo([Audience.verifiedMembers()], icsAdmin)).toBe(false);
      expect(isVisibleTo([Audience.verifiedMembers()], member)).toBe(true);
    });

    it('should match an organisation, a person or a role (anywhere or in one ICS)', () => {
      expect(isVisibleTo([Audience.organisation('o1')], member)).toBe(true);
      expect(isVisibleTo([Audience.organisation('o2')], member)).toBe(false);
      expect(isVisibleTo([Audience.user('u2')], icsAdmin)).toBe(true);
      expect(isVisibleTo([Audience.role(Role.ICS_ADMIN)], icsAdmin)).toBe(true);
      expect(isVisibleTo([Audience.role(Role.ICS_ADMIN, 'ics-1')], icsAdmin)).toBe(true);
      expect(isVisibleTo([Audience.role(Role.ICS_ADMIN, 'ics-2')], icsAdmin)).toBe(false);
    });

    it('should show nothing with an empty audience', () => {
      expect(isVisibleTo([], member)).toBe(false);
    });

    it('should need only one grant to match', () => {
      expect(isVisibleTo([Audience.organisation('o9'), Audience.user('u1')], member)).toBe(true);
    });
  });

  it('should give the viewer tokens as a SQL array-overlap filter', () => {
    expect(viewerTokens(null)).toEqual(['public']);
    expect(audienceSqlFilter('d.audience', member, 3)).toEqual({
      sql: 'd.audience && $3::text[]',
      params: [['public', 'signed-in', 'user:u1', 'verified', 'org:o1']],
    });
  });
});
