import { randomBytes } from 'node:crypto';

/** Every personal access token starts with this, so secret scanners and people can recognise one. */
export const ACCESS_TOKEN_PREFIX = 'mic_pat_';

/** `mic_pat_` + 32 random bytes, base64url (43 characters). */
const ACCESS_TOKEN_SHAPE = /^mic_pat_[A-Za-z0-9_-]{43}$/;

export function newAccessTokenText(): string {
  return ACCESS_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function looksLikeAccessToken(text: string): boolean {
  return text.startsWith(ACCESS_TOKEN_PREFIX);
}

export function isWellFormedAccessToken(text: string): boolean {
  return ACCESS_TOKEN_SHAPE.test(text);
}
