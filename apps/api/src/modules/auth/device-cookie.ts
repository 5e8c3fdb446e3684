import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * OWASP "device cookies": after a successful sign-in the browser gets
 * `<nonce>.<HMAC(secret, email + nonce)>`. A browser presenting a valid one
 * for the account it signs in to is counted on its own (per-device) failure
 * counter, so failures elsewhere (an attacker guessing) do not lock it out.
 */
const SHAPE = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

function mac(secret: string, email: string, nonce: string): Buffer {
  return createHmac('sha256', secret).update(`device\n${email}\n${nonce}`, 'utf8').digest();
}

export function issueDeviceToken(secret: string, email: string): string {
  const nonce = randomBytes(16).toString('base64url');
  return `${nonce}.${mac(secret, email, nonce).toString('base64url')}`;
}

/** The device nonce when `token` is a valid device cookie for `email`, else null. */
export function verifyDeviceToken(secret: string, email: string, token: string | null | undefined): string | null {
  if (!token) return null;
  const match = SHAPE.exec(token);
  if (!match) return null;
  // Compare the encoded text, not decoded bytes: the last base64url character
  // carries two unused bits, so decoding would accept four spellings of one MAC.
  const expected = Buffer.from(mac(secret, email, match[1]).toString('base64url'), 'utf8');
  const given = Buffer.from(match[2], 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected) ? match[1] : null;
}
