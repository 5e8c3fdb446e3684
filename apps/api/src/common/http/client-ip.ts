import { BlockList, isIP } from 'node:net';

import type { NextFunction, Request, Response } from 'express';

/** A set of trusted proxy networks (`TRUST_PROXY`, a comma-separated list of CIDRs or addresses). */
export interface TrustedProxies {
  has(address: string): boolean;
}

/**
 * Canonical form of one address from a socket or an `X-Forwarded-For` hop, or
 * null when it is not an IP address. IPv4-mapped IPv6 (`::ffff:203.0.113.9`)
 * becomes plain IPv4; a port (`203.0.113.9:5123`, `[2001:db8::1]:443`) and an
 * IPv6 zone are dropped.
 */
export function normaliseAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let value = raw.trim();
  if (!value || value.length > 64) return null;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d{1,5}$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  value = value.replace(/%[A-Za-z0-9_.-]+$/, '').toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(value);
  if (mapped) value = mapped[1];
  const version = isIP(value);
  if (version === 0) return null;
  return value;
}

/** Parses `TRUST_PROXY`; throws naming the bad entry (the env schema turns that into a boot error). */
export function parseTrustedProxies(list: string): TrustedProxies {
  const blocks = new BlockList();
  for (const entry of list.split(',').map((e) => e.trim()).filter(Boolean)) {
    const [addressPart, prefixPart, ...rest] = entry.split('/');
    const address = normaliseAddress(addressPart);
    const version = address ? isIP(address) : 0;
    if (!address || rest.length || version === 0) throw new Error(`not an IP address or CIDR: ${entry}`);
    const type = version === 4 ? 'ipv4' : 'ipv6';
    if (prefixPart === undefined) {
      blocks.addAddress(address, type);
      continue;
    }
    const prefix = Number(prefixPart);
    if (!/^\d{1,3}$/.test(prefixPart) || prefix > (version === 4 ? 32 : 128)) {
      throw new Error(`bad prefix length in ${entry}`);
    }
    blocks.addSubnet(address, prefix, type);
  }
  return {
    has(candidate: string): boolean {
      const address = normaliseAddress(candidate);
      if (!address) return false;
      return blocks.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

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
