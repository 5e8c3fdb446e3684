import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { canDownload } from './files.policy';

const user = { id: 'u1', roles: [{ role: Role.MEMBER, icsId: null }] } as AuthUser;

describe('files.policy canDownload', () => {
  it('should allow the uploader and members for toolkit files, and no one else', () => {
    expect(canDownload(user, { uploadedById: 'u1', ownerType: null })).toBe(true);
    expect(canDownload(user, { uploadedById: 'u2', ownerType: null })).toBe(false);
    expect(canDownload(user, { uploadedById: 'u2', ownerType: 'TOOLKIT_VERSION' })).toBe(true);
    expect(canDownload(null, { uploadedById: 'u2', ownerType: 'TOOLKIT_VERSION' })).toBe(false);
  });

  it('should let the owning module decide for other owner types, but never for unattached files', () => {
    expect(canDownload(user, { uploadedById: 'u2', ownerType: 'CASE_STUDY' }, true)).toBe(true);
    expect(canDownload(user, { uploadedById: 'u2', ownerType: 'CASE_STUDY' }, false)).toBe(false);
    expect(canDownload(user, { uploadedById: 'u2', ownerType: null }, true)).toBe(false);
  });
});
