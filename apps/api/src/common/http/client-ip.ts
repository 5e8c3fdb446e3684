import { isIP } from 'node:net';

import type { NextFunction, Request, Response } from 'express';

import { normaliseAddress } from '../../config/trusted-proxies';
import type { TrustedProxies } from '../../config/trusted-proxies';

export { normaliseAddress, parseTrustedProxies } from '../../config/trusted-proxies';
export type { TrustedProxies } from '../../config/trusted-proxies';

/**
 * The client's address: start from the socket peer and walk `X-Forwarded-For`
 * from the right while the hop we stand on is a trusted proxy; the first
 * untrusted address is the client. When the peer itself is untrusted the
 * header is ignored entirely (anyone can write it). A hop that is not an IP
 * address ends the walk at the last trusted address seen.
 */
export function resolveClientIp(
  peer: string | undefined | null,
  forwardedFor: string | string[] | undefined | null,
  trusted: TrustedProxies,
): string {
  let current = normaliseAddress(peer);
  if (!current) return 'unknown';
  if (!trusted.has(current) || !forwardedFor) return current;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .slice(-32);
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = normaliseAddress(hops[i]);
    if (!hop) return current;
    current = hop;
    if (!trusted.has(hop)) return hop;
  }
  return current;
}

export type RequestWithClientIp = Request & { clientIp?: string };

/** Sets `req.clientIp` once per request; the only place the API decides who the client is. */
export function clientIpMiddleware(trusted: TrustedProxies) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    (req as RequestWithClientIp).clientIp = resolveClientIp(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for'],
      trusted,
    );
    next();
  };
}

/** The address decided by `clientIpMiddleware` (never `req.ip`, which depends on Express `trust proxy`). */
export function clientIpOf(req: Request): string {
  return (req as RequestWithClientIp).clientIp ?? normaliseAddress(req.socket?.remoteAddress) ?? 'unknown';
}

/**
 * An IP for display without geolocation (there is no GeoIP database): IPv4
 * keeps three octets (`203.0.113.x`), IPv6 its first three groups; private,
 * loopback and link-local networks are named instead.
 */
export function describeNetwork(ip: string | null): string {
  const address = normaliseAddress(ip);
  if (!address) return 'Unknown network';
  if (isIP(address) === 4) {
    const [a, b] = address.split('.').map(Number);
    if (a === 127) return 'This computer (loopback)';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) {
      return 'Private network';
    }
    if (a === 169 && b === 254) return 'Link-local network';
    return `${address.split('.').slice(0, 3).join('.')}.x`;
  }
  if (address === '::1') return 'This computer (loopback)';
  if (/^f[cd]/.test(address)) return 'Private network';
  if (/^fe[89ab]/.test(address)) return 'Link-local network';
  const groups = address.split(':');
  return `${groups.slice(0, 3).join(':')}:…`;
}
