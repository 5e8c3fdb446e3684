import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { testAuthUser } from '../../common/auth/auth-user.testing';
import {
  canAcceptAnswer,
  canDeleteComment,
  canManageThread,
  canPostIn,
  isSubjectOwner,
} from './discussions.policy';

const user = (overrides: Partial<AuthUser> = {}): AuthUser =>
  testAuthUser({ organisationId: 'org1', ...overrides });
const subject = { ownerUserIds: ['owner'], ownerOrganisationId: 'org-owner' };

describe('discussions.policy', () => {
  it('should treat verified members of the owning organisation as owners', () => {
    expect(isSubjectOwner(user({ organisationId: 'org-owner' }), subject)).toBe(true);
    expect(isSubjectOwner(user({ organisationId: 'org-owner', verified: false }), subject)).toBe(
      false,
    );
    expect(isSubjectOwner(user(), subject)).toBe(false);
  });

  it('should let moderators and owners manage threads but not other members', () => {
    expect(canManageThread(user({ roles: [{ role: Role.MODERATOR, icsId: null }] }), subject)).toBe(
      true,
    );
    expect(canManageThread(user({ id: 'owner' }), subject)).toBe(true);
    expect(canManageThread(user(), subject)).toBe(false);
  });

  it('should let the thread starter or the owner accept an answer', () => {
    expect(canAcceptAnswer(user(), { authorId: 'u1' }, subject)).toBe(true);
    expect(canAcceptAnswer(user({ id: 'owner' }), { authorId: 'u1' }, subject)).toBe(true);
    expect(canAcceptAnswer(user({ id: 'u2' }), { authorId: 'u1' }, subject)).toBe(false);
  });

  it('should refuse posting in a locked thread unless managing it', () => {
    expect(canPostIn(user(), { lockedAt: new Date() }, subject)).toBe(false);
    expect(canPostIn(user(), { lockedAt: null }, subject)).toBe(true);
  });

  it('should let authors and moderators delete', () => {
    expect(canDeleteComment(user(), { authorId: 'u1' })).toBe(true);
    expect(canDeleteComment(user(), { authorId: 'u2' })).toBe(false);
    expect(
      canDeleteComment(user({ roles: [{ role: Role.MODERATOR, icsId: null }] }), {
        authorId: 'u2',
      }),
    ).toBe(true);
  });
});
