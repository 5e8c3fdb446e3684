import { issueDeviceToken, verifyDeviceToken } from './device-cookie';

describe('device cookie', () => {
  const secret = 'k'.repeat(40);

  it('should verify for the account it was issued to only', () => {
    const token = issueDeviceToken(secret, 'a@example.org');
    expect(verifyDeviceToken(secret, 'a@example.org', token)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(verifyDeviceToken(secret, 'b@example.org', token)).toBeNull();
    expect(verifyDeviceToken('x'.repeat(40), 'a@example.org', token)).toBeNull();
  });

  it('should refuse tampered or malformed values', () => {
    const token = issueDeviceToken(secret, 'a@example.org');
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [tampered, '', 'x.y', `${token}.extra`, undefined]) {
      expect(verifyDeviceToken(secret, 'a@example.org', bad)).toBeNull();
    }
  });
});
