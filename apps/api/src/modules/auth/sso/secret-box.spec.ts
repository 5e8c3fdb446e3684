import { randomBytes } from 'node:crypto';

import { openSecret, sealSecret } from './secret-box';

describe('secret box', () => {
  const key = randomBytes(32);

  it('should round-trip a secret and never store it in clear', () => {
    const sealed = sealSecret(key, 'client-secret-123');
    expect(sealed).not.toContain('client-secret-123');
    expect(sealed.startsWith('v1.')).toBe(true);
    expect(openSecret(key, sealed)).toBe('client-secret-123');
    expect(sealSecret(key, 'client-secret-123')).not.toBe(sealed); // a fresh IV each time
  });

  it('should refuse another key, a changed value and garbage', () => {
    const sealed = sealSecret(key, 'client-secret-123');
    expect(() => openSecret(randomBytes(32), sealed)).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => openSecret(key, parts.join('.'))).toThrow();
    expect(() => openSecret(key, 'plain')).toThrow();
    expect(() => sealSecret(Buffer.alloc(16), 'x')).toThrow();
  });
});
