import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../../common/auth/auth-user';
import { canSeeImport } from './outcome-import.policy';

const user = (id: string, roles: AuthUser['roles'] = []): AuthUser =>
  ({ id, roles, organisationId: null }) as unknown as AuthUser;

describe('canSeeImport', () => {
  it('lets the uploader see their own import', () => {
    expect(canSeeImport(user('u1'), { createdById: 'u1' })).toBe(true);
  });
  it('hides it from another member, even an ICS admin', () => {
    expect(canSeeImport(user('u2'), { createdById: 'u1' })).toBe(false);
    expect(
      canSeeImport(user('u3', [{ role: Role.ICS_ADMIN, icsId: 'i1' }] as AuthUser['roles']), {
        createdById: 'u1',
      }),
    ).toBe(false);
  });
  it('shows it to regional admins', () => {
    expect(
      canSeeImport(user('u4', [{ role: Role.REGIONAL_ADMIN, icsId: null }] as AuthUser['roles']), {
        createdById: 'u1',
      }),
    ).toBe(true);
  });
});
