import { Role } from '@mic/shared-util';

import { testAuthUser } from '../../common/auth/auth-user.testing';
import { zipEntryName } from './export-archive';
import { canAnonymiseUser, canDownloadExport } from './privacy.policy';

describe('privacy policy', () => {
  const now = new Date('2026-12-06T10:00:00Z');
  const owner = testAuthUser({ id: 'u1' });
  const ready = { userId: 'u1', status: 'READY', expiresAt: new Date('2026-12-13T10:00:00Z') };

  it('should let only the owner download a ready, unexpired export', () => {
    expect(canDownloadExport(owner, ready, now)).toBe(true);
    expect(canDownloadExport(testAuthUser({ id: 'u2' }), ready, now)).toBe(false);
    expect(canDownloadExport(null, ready, now)).toBe(false);
    expect(canDownloadExport(owner, { ...ready, status: 'RUNNING' }, now)).toBe(false);
    expect(canDownloadExport(owner, ready, new Date('2026-12-13T10:00:00Z'))).toBe(false);
  });

  it('should let only regional admins anonymise, and never themselves', () => {
    const admin = testAuthUser({ id: 'a1', roles: [{ role: Role.REGIONAL_ADMIN, icsId: null }] });
    expect(canAnonymiseUser(admin, 'u1')).toBe(true);
    expect(canAnonymiseUser(admin, 'a1')).toBe(false);
    expect(
      canAnonymiseUser(
        testAuthUser({ id: 'i1', roles: [{ role: Role.ICS_ADMIN, icsId: 'x' }] }),
        'u1',
      ),
    ).toBe(false);
    expect(canAnonymiseUser(null, 'u1')).toBe(false);
  });

  it('should keep ZIP entry names flat and printable', () => {
    expect(zipEntryName('../etc/passwd')).toBe('__etc_passwd');
    expect(zipEntryName('a\u0001b.txt')).toBe('a_b.txt');
    expect(zipEntryName('')).toBe('file');
  });
});
