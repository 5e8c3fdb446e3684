import { headers } from 'next/headers';

const IP = /^[0-9a-fA-F:.]{3,45}$/;

/**
 * The browser's address as `x-forwarded-for` for the API (which trusts it
 * only from loopback/the configured proxy). Without it every sign-in would be
 * counted against the web server's own address.
 */
export async function forwardedClientHeaders(): Promise<Record<string, string>> {
  try {
    const incoming = await headers();
    const chain = incoming.get('x-forwarded-for') ?? incoming.get('x-real-ip') ?? '';
    const client = chain.split(',')[0]?.trim();
    return client && IP.test(client) ? { 'x-forwarded-for': client } : {};
  } catch {
    // Outside a request (build time): nothing to forward.
    return {};
  }
}
