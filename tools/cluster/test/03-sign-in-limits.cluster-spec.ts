import { createHash } from 'node:crypto';

import { createUser } from '../../../apps/api/test/integration/factories/user.factory';
import {
  asDataSource,
  clusterState,
  directDb,
  gql,
  haproxyStatus,
  request,
} from './cluster-helpers';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
/** Same as the API's hashToken (sha256 hex) for sign_in_attempt keys. */
const keyHash = (value: string) => createHash('sha256').update(value).digest('hex');

describe('sign-in limits across replicas, with the client address seen through HAProxy', () => {
  it('should count failures from both API replicas against one account, keyed by the real client address', async () => {
    const state = clusterState();
    const client = await directDb();
    try {
      const user = await createUser(asDataSource(client));
      const before = await haproxyStatus();
      // The client connects from 127.0.0.2 and claims another address: HAProxy appends the real
      // peer and the API (TRUST_PROXY=127.0.0.1/32, HAProxy's address) believes only that hop.
      const attempt = (password: string) =>
        gql<{ signIn: { accessToken: string } }>(
          state.graphqlUrl,
          SIGN_IN,
          { input: { email: user.email, password } },
          {
            localAddress: '127.0.0.2',
            headers: { 'x-forwarded-for': '198.51.100.7' },
          },
        );
      for (let i = 0; i < 5; i += 1) {
        const res = await attempt(`wrong-guess-${i}`);
        expect(res.errors?.[0].message).toBe('Email or password is incorrect.');
      }
      // Round robin sent the 5 failures to both replicas; the 6th try is held back whichever answers.
      const after = await haproxyStatus();
      for (const r of state.api) {
        expect(after.get(`api_replicas/${r.name}`)!.total).toBeGreaterThan(
          before.get(`api_replicas/${r.name}`)!.total,
        );
      }
      const blocked = await attempt('commons-demo-2026');
      expect(blocked.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(blocked.errors?.[0].message).toMatch(
        /^Too many attempts, try again in \d+ seconds\.$/,
      );

      const count = async (key: string) =>
        Number(
          (
            await client.query<{ n: string }>(
              'SELECT count(*) AS n FROM sign_in_attempt WHERE key_hash = $1',
              [keyHash(key)],
            )
          ).rows[0].n,
        );
      expect(await count(`account:${user.email}`)).toBe(5);
      expect(await count('ip:127.0.0.2')).toBeGreaterThanOrEqual(5);
      expect(await count('ip:198.51.100.7')).toBe(0);
      expect(await count('ip:127.0.0.1')).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('should see the browser address through the edge and a web replica (X-Forwarded-For chain)', async () => {
    const state = clusterState();
    const client = await directDb();
    try {
      // A failed sign-in on the web app's no-JavaScript sign-in form (email step, then password step),
      // from 127.0.0.3 through HAProxy's web frontend, with a forged header that the edge replaces.
      const email = `nobody-${Date.now()}@example.org`;
      const browser = { localAddress: '127.0.0.3', headers: { 'x-forwarded-for': '198.51.100.8' } };
      const first = await request(`${state.lbWebUrl}/sign-in`, browser);
      expect(first.status).toBe(200);
      const second = await submitForm(
        `${state.lbWebUrl}/sign-in`,
        first.text(),
        { email },
        browser,
      );
      expect(second.status).toBe(200);
      expect(second.text()).toContain('name="password"');
      const third = await submitForm(
        `${state.lbWebUrl}/sign-in`,
        second.text(),
        { email, password: 'not-the-password' },
        browser,
      );
      expect(third.status).toBe(200);
      expect(third.text()).toContain('Email or password is incorrect');
      const n = async (key: string) =>
        Number(
          (
            await client.query<{ n: string }>(
              'SELECT count(*) AS n FROM sign_in_attempt WHERE key_hash = $1',
              [keyHash(key)],
            )
          ).rows[0].n,
        );
      expect(await n('ip:127.0.0.3')).toBe(1);
      expect(await n('ip:198.51.100.8')).toBe(0);
      expect(await n('ip:127.0.0.1')).toBe(0);
    } finally {
      await client.end();
    }
  });
});

/**
 * Posts the page's server-action form (multipart, as a browser without JavaScript does):
 * its hidden fields (the action's id and state) plus `fields`.
 */
async function submitForm(
  url: string,
  html: string,
  fields: Record<string, string>,
  options: { localAddress?: string; headers?: Record<string, string> },
) {
  const form =
    /<form[^>]*encType="multipart\/form-data"[^>]*method="POST"[^>]*>([\s\S]*?)<\/form>/.exec(html);
  if (!form) throw new Error('no form on the page');
  const values: [string, string][] = [];
  for (const m of form[1].matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const value = /value="([^"]*)"/.exec(m[0])?.[1] ?? '';
    if (name)
      values.push([
        name,
        value
          .replace(/&quot;/g, '"')
          .replace(/&#x27;/g, "'")
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      ]);
  }
  for (const [name, value] of Object.entries(fields)) values.push([name, value]);
  const boundary = `----cluster${Date.now()}`;
  const body =
    values
      .map(
        ([n, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`,
      )
      .join('') + `--${boundary}--\r\n`;
  return request(url, {
    method: 'POST',
    localAddress: options.localAddress,
    headers: {
      ...options.headers,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      origin: new URL(url).origin,
    },
    body,
  });
}
