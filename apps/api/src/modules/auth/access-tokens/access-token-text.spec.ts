import { isWellFormedAccessToken, looksLikeAccessToken, newAccessTokenText } from './access-token-text';

describe('access token text', () => {
  it('should be mic_pat_ and 43 base64url characters, different every time', () => {
    const a = newAccessTokenText();
    const b = newAccessTokenText();
    expect(a).toMatch(/^mic_pat_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(isWellFormedAccessToken(a)).toBe(true);
    expect(looksLikeAccessToken(a)).toBe(true);
  });

  it('should tell malformed tokens apart', () => {
    expect(isWellFormedAccessToken('mic_pat_short')).toBe(false);
    expect(isWellFormedAccessToken(`mic_pat_${'a'.repeat(42)}!`)).toBe(false);
    expect(isWellFormedAccessToken(`mic_pat_${'a'.repeat(44)}`)).toBe(false);
    expect(looksLikeAccessToken('a'.repeat(43))).toBe(false);
  });
});
