/** One address as a proxy writes it (IPv4, IPv6, optionally with a port or brackets). */
const HOP = /^[0-9A-Za-z:.[\]%_-]{2,64}$/;
const MAX_HOPS = 20;

/**
 * The `X-Forwarded-For` value to send to the API, from the one this server
 * received. The web server (tools/dev/web-server.cjs) has already appended
 * the real socket peer as the last hop, so the chain is passed on unchanged
 * (the API decides, with TRUST_PROXY, which hops to believe, walking from the
 * right). Nothing is ever promoted to "the client": a client-written value
 * stays to the left of the real peer. Junk hops are replaced by `unknown`,
 * which stops the API's walk there; an over-long chain keeps its right end.
 */
export function forwardedForChain(received: string | null | undefined): string | null {
  if (!received) return null;
  const hops = received
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop.length > 0)
    .slice(-MAX_HOPS)
    .map((hop) => (HOP.test(hop) ? hop : 'unknown'));
  return hops.length ? hops.join(', ') : null;
}
