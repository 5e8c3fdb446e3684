import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { forwardedForChain } from '@mic/shared-util';

import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { appendPeerAddress } from '../setup/web-forwarding';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { SIGN_IN } from './auth.operations';


/**
 * Browser (127.0.0.2) → web server (appends the peer, forwards the chain, as
 * the Next.js server actions do) → API (trusts only the web server, 127.0.0.1).
 */
describe('X-Forwarded-For through the web server and the API', () => {
  let t: TestApp;
  let web: http.Server;
  let webPort: number;

  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: '127.0.0.1/32' });
    await resetDatabase(t.db);
    web = http.createServer((req, res) => {
      appendPeerAddress(req);
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const chain = forwardedForChain(req.headers['x-forwarded-for'] as string | undefined);
        void fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(chain ? { 'x-forwarded-for': chain } : {}) },
          body,
        })
          .then(async (api) => {
            res.writeHead(api.status, { 'content-type': 'application/json' });
            res.end(await api.text());
          })
          .catch(() => {
            res.writeHead(502);
            res.end();
          });
      });
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    webPort = (web.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => web.close(resolve));
    await t.close();
  });

  function browserSignIn(email: string, forged: string): Promise<number> {
    const body = JSON.stringify({ query: SIGN_IN, variables: { input: { email, password: TEST_PASSWORD } } });
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: webPort,
          localAddress: '127.0.0.2',
          method: 'POST',
          path: '/',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': forged },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  it('should count the real browser address, not a forged header sent through the web', async () => {
    const user = await createUser(t.db);
    expect(await browserSignIn(user.email, '6.6.6.6, 10.0.0.1')).toBe(200);
    const rows: { ip: string }[] = await t.db.query(
      'SELECT ip FROM session WHERE user_id = $1 AND ip IS NOT NULL',
      [user.id],
    );
    expect(rows.map((r) => r.ip)).toEqual(['127.0.0.2']);
  });

  it('should ignore a forged header sent straight to the API from an untrusted address', async () => {
    const user = await createUser(t.db);
    const res = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: Number(new URL(t.url).port),
          localAddress: '127.0.0.2',
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '6.6.6.6' },
        },
        (r) => {
          r.resume();
          r.on('end', () => resolve(r.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ query: SIGN_IN, variables: { input: { email: user.email, password: TEST_PASSWORD } } }));
    });
    expect(res).toBe(200);
    const rows: { ip: string }[] = await t.db.query(
      'SELECT ip FROM session WHERE user_id = $1 AND ip IS NOT NULL',
      [user.id],
    );
    expect(rows.map((r) => r.ip)).toEqual(['127.0.0.2']);
  });

  it('should keep the chain but mark junk hops, so the API stops there', () => {
    expect(forwardedForChain('6.6.6.6, <script>, 203.0.113.9')).toBe('6.6.6.6, unknown, 203.0.113.9');
    expect(forwardedForChain('')).toBeNull();
  });
});
