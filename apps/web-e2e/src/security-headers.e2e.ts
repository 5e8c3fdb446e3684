import { BASE_URL } from './support/env';
import { usePage } from './support/browser';
import { visit } from './support/journeys';

/** The directives of a CSP header, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe('Security headers', () => {
  const fixture = usePage();

  it('should send a CSP with a fresh nonce per response and no unsafe-inline for scripts or styles', async () => {
    const first = await fetch(`${BASE_URL}/`);
    const second = await fetch(`${BASE_URL}/`);
    const policy = first.headers.get('content-security-policy') ?? '';
    const script = directives(policy).get('script-src') ?? [];
    const style = directives(policy).get('style-src') ?? [];
    const nonce = script.find((v) => v.startsWith("'nonce-"));
    expect(nonce).toMatch(/^'nonce-[A-Za-z0-9+/=]{16,}'$/);
    expect(script).toContain("'strict-dynamic'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(style).not.toContain("'unsafe-inline'");
    expect(second.headers.get('content-security-policy')).not.toBe(policy);
    // Next.js puts the nonce on its scripts.
    const html = await first.text();
    const value = nonce?.slice("'nonce-".length, -1) ?? '';
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${value}"`);
  });

  it('should render and hydrate pages with no CSP violation (the fixture fails on any)', async () => {
    const { page } = fixture;
    for (const path of ['/', '/case-studies', '/events', '/toolkits', '/ics', '/sign-in', '/metrics']) {
      await visit(page, path);
    }
    // Client navigation works: the router's scripts were allowed to run.
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Organisations' }).click();
    await page.waitForURL('**/organisations');
  });

  it('should refuse a cross-site form post to a route handler', async () => {
    const res = await fetch(`${BASE_URL}/toolkits/any-toolkit/versions/new/upload`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=b',
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
  });
});

describe('Slow clients of the web server', () => {
  it('should drop a client that sends its headers one byte a second within 20 s', async () => {
    const { connect } = await import('node:net');
    const url = new URL(BASE_URL);
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const closedAfter = await new Promise<number>((resolve, reject) => {
      const socket = connect(Number(url.port), '127.0.0.1');
      const header = `GET / HTTP/1.1\r\nHost: ${url.host}\r\nX-Slow: ${'a'.repeat(200)}`;
      let i = 0;
      socket.on('connect', () => {
        timer = setInterval(() => {
          if (i < header.length && !socket.destroyed) socket.write(header[i++]);
        }, 1000);
      });
      socket.on('data', () => undefined);
      socket.on('error', () => undefined);
      socket.on('close', () => resolve(Date.now() - started));
      setTimeout(() => reject(new Error('slow client still connected after 30 s')), 30_000).unref();
    }).finally(() => clearInterval(timer));
    expect(closedAfter).toBeLessThanOrEqual(20_000);
  }, 40_000);
});
