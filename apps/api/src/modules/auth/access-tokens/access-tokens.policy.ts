/** Live (not revoked, not expired) tokens one person may hold. */
export const MAX_ACCESS_TOKENS_PER_USER = 20;
/** The longest a token may live (a year, and a day for leap years and time zones). */
export const MAX_LIFETIME_DAYS = 366;

export type ExpiryProblem = 'IN_PAST' | 'TOO_FAR' | null;

/** Whether a chosen expiry is acceptable at `now`: later than now and at most MAX_LIFETIME_DAYS away. Null (never) is allowed. */
export function expiryProblem(expiresAt: Date | null | undefined, now: Date): ExpiryProblem {
  if (!expiresAt) return null;
  if (expiresAt.getTime() <= now.getTime()) return 'IN_PAST';
  if (expiresAt.getTime() > now.getTime() + MAX_LIFETIME_DAYS * 86_400_000) return 'TOO_FAR';
  return null;
}

/** Whether a token with this expiry and revocation is usable at `now`. */
export function isTokenLive(
  token: { expiresAt: Date | null; revokedAt: Date | null },
  now: Date,
): boolean {
  return !token.revokedAt && (!token.expiresAt || token.expiresAt.getTime() > now.getTime());
}
