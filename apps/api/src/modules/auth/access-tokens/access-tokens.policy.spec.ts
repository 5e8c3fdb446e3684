import { expiryProblem, isTokenLive, MAX_LIFETIME_DAYS } from './access-tokens.policy';

const now = new Date('2026-12-06T10:00:00Z');
const DAY = 86_400_000;

describe('access token policy', () => {
  it('should accept no expiry and an expiry within a year', () => {
    expect(expiryProblem(null, now)).toBeNull();
    expect(expiryProblem(undefined, now)).toBeNull();
    expect(expiryProblem(new Date(now.getTime() + DAY), now)).toBeNull();
    expect(expiryProblem(new Date(now.getTime() + MAX_LIFETIME_DAYS * DAY), now)).toBeNull();
  });

  it('should refuse an expiry now or in the past, and one more than a year away', () => {
    expect(expiryProblem(now, now)).toBe('IN_PAST');
    expect(expiryProblem(new Date(now.getTime() - DAY), now)).toBe('IN_PAST');
    expect(expiryProblem(new Date(now.getTime() + (MAX_LIFETIME_DAYS + 1) * DAY), now)).toBe('TOO_FAR');
  });

  it('should treat revoked and expired tokens as dead', () => {
    expect(isTokenLive({ expiresAt: null, revokedAt: null }, now)).toBe(true);
    expect(isTokenLive({ expiresAt: new Date(now.getTime() + 1), revokedAt: null }, now)).toBe(true);
    expect(isTokenLive({ expiresAt: now, revokedAt: null }, now)).toBe(false);
    expect(isTokenLive({ expiresAt: null, revokedAt: now }, now)).toBe(false);
  });
});
