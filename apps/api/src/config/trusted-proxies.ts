// Parsing TRUST_PROXY belongs to config (the env schema validates it at boot);
// common/http/client-ip uses the result per request.
import { BlockList, isIP } from 'node:net';

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
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d{1,5}$/.test(value))
    value = value.slice(0, value.lastIndexOf(':'));
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
  for (const entry of list
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [addressPart, prefixPart, ...rest] = entry.split('/');
    const address = normaliseAddress(addressPart);
    const version = address ? isIP(address) : 0;
    if (!address || rest.length || version === 0)
      throw new Error(`not an IP address or CIDR: ${entry}`);
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
