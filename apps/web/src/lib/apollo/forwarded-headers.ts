import { forwardedForChain } from '@mic/shared-util';
import { headers } from 'next/headers';

/**
 * `X-Forwarded-For` for the API: the chain this server received, whose last
 * hop is the real peer (appended by tools/dev/web-server.cjs). The API trusts
 * it only from TRUST_PROXY addresses and picks the rightmost untrusted hop.
 * Without it every sign-in would be counted against the web server's address.
 */
export async function forwardedClientHeaders(): Promise<Record<string, string>> {
  try {
    const chain = forwardedForChain((await headers()).get('x-forwarded-for'));
    return chain ? { 'x-forwarded-for': chain } : {};
  } catch {
    // Outside a request (build time): nothing to forward.
    return {};
  }
}
