import { createHash, randomBytes } from 'node:crypto';

import type { Request } from 'express';

/** 256-bit random token, URL-safe. Only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32,128}$/;

/** Bearer header first, then the session cookie. */
export function tokenFromRequest(req: Request, cookieName: string): string | null {
  const header = req.header('authorization');
  if (header?.startsWith('Bearer ')) {
    const token = header.slice(7).trim();
    return TOKEN_SHAPE.test(token) ? token : null;
  }
  const cookies = (req as Request & { cookies?: Record<string, string> }).cookies;
  const cookie = cookies?.[cookieName];
  return cookie && TOKEN_SHAPE.test(cookie) ? cookie : null;
}
