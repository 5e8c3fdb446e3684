import { Role } from '@mic/shared-util';

import { testAuthUser } from '../../common/auth/auth-user.testing';
import { auditScopeFor } from './audit.policy';

const ICS_A = '11111111-1111-4111-8111-111111111111';

describe(auditScopeFor.name, () => {
  it('should let a regional admin see everything', () => {
    expect(
      auditScopeFor(testAuthUser({ roles: [{ role: Role.REGIONAL_ADMIN, icsId: null }] })),
    ).toEqual({ all: true });
  });

  it('should limit an ICS admin to their ICS', () => {
    expect(
      auditScopeFor(testAuthUser({ roles: [{ role: Role.ICS_ADMIN, icsId: ICS_A }] })),
    ).toEqual({
      all: false,
      icsIds: [ICS_A],
    });
  });

  it('should refuse members, moderators, organisers and an ICS admin role without an ICS', () => {
    expect(auditScopeFor(null)).toBeNull();
    expect(auditScopeFor(testAuthUser({ roles: [{ role: Role.MEMBER, icsId: null }] }))).toBeNull();
    expect(
      auditScopeFor(
        testAuthUser({
          roles: [
            { role: Role.MODERATOR, icsId: null },
            { role: Role.ORGANISER, icsId: null },
          ],
        }),
      ),
    ).toBeNull();
    expect(
      auditScopeFor(testAuthUser({ roles: [{ role: Role.ICS_ADMIN, icsId: null }] })),
    ).toBeNull();
  });
});
