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

  it('should refuse every other spelling of the MAC, including ones that decode to the same bytes', () => {
    // The 43rd base64url character carries 2 unused bits: flipping them must not verify.
    for (let i = 0; i < 50; i += 1) {
      const token = issueDeviceToken(secret, 'a@example.org');
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const last = alphabet.indexOf(token.slice(-1));
      for (let low = 0; low < 4; low += 1) {
        const other = alphabet[(last & ~3) | low];
        if (other === token.slice(-1)) continue;
        expect(verifyDeviceToken(secret, 'a@example.org', `${token.slice(0, -1)}${other}`)).toBeNull();
      }
    }
  });
});
