import { readFileSync } from 'node:fs';
import path from 'node:path';

import { authCookieNames } from '@mic/shared-util';

import { clusterState, gql, request } from './cluster-helpers';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken user { id email } } }`;
const ME = `{ me { id email } }`;
const PASSWORD = 'commons-demo-2026';
// The replicas run with NODE_ENV=production: the session cookie has the __Host- prefix.
const cookieName = authCookieNames(true).session;

async function signInOn(apiUrl: string, email: string): Promise<{ token: string; id: string }> {
  const res = await gql<{ signIn: { accessToken: string; user: { id: string } } }>(
    `${apiUrl}/graphql`,
    SIGN_IN,
    {
      input: { email, password: PASSWORD },
    },
  );
  expect(res.errors).toBeUndefined();
  return { token: res.data!.signIn.accessToken, id: res.data!.signIn.user.id };
}

describe('state shared by the replicas', () => {
  it('should recognise a session made on API replica A on API replica B and on both web replicas', async () => {
    const state = clusterState();
    const [apiA, apiB] = state.api;
    const { token, id } = await signInOn(apiA.url, 'member@example.org');
    const me = await gql<{ me: { id: string; email: string } }>(
      `${apiB.url}/graphql`,
      ME,
      {},
      { token },
    );
    expect(me.data?.me).toEqual({ id, email: 'member@example.org' });
    for (const web of state.web) {
      const page = await request(`${web.url}/account`, {
        headers: { cookie: `${cookieName}=${token}` },
      });
      expect(page.status).toBe(200);
      expect(page.text()).toContain('member@example.org');
      // Without the cookie the same page sends the visitor to sign in.
      const anonymous = await request(`${web.url}/account`);
      expect(anonymous.status).toBeGreaterThanOrEqual(300);
      expect(anonymous.status).toBeLessThan(400);
      expect(String(anonymous.headers.location)).toContain('/sign-in');
    }
    // Signing out on replica B ends the session on replica A too.
    const out = await gql<{ signOut: boolean }>(
      `${apiB.url}/graphql`,
      `mutation { signOut }`,
      {},
      { token },
    );
    expect(out.errors).toBeUndefined();
    const after = await gql(`${apiA.url}/graphql`, ME, {}, { token });
    expect((after.data as { me: unknown } | undefined)?.me ?? null).toBeNull();
  });

  it('should download through web replica B a file uploaded through web replica A', async () => {
    const state = clusterState();
    const [webA, webB] = state.web;
    const { token } = await signInOn(state.api[0].url, 'lead@example.org');
    const cookie = `${cookieName}=${token}`;
    const bytes = readFileSync(
      path.join(__dirname, '../../../apps/api/test/integration/files/fixtures/photo.jpg'),
    );
    const boundary = `----cluster${Date.now()}`;
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cluster-photo.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      bytes,
      Buffer.from(
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="altText"\r\n\r\nA photo uploaded in the cluster test\r\n--${boundary}--\r\n`,
      ),
    ]);
    const upload = await request(`${webA.url}/toolkits/heat/versions/new/upload`, {
      method: 'POST',
      headers: {
        cookie,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        origin: webA.url,
      },
      body,
    });
    expect(upload.status).toBe(303);
    const location = new URL(String(upload.headers.location), webA.url);
    expect(location.searchParams.get('uploadError')).toBeNull();
    const pending = location.searchParams.getAll('file').map((f) => f.slice(0, f.indexOf('|')));
    expect(pending).toHaveLength(1);
    const fileId = pending[0];

    const download = await request(`${webB.url}/files/${fileId}`, { headers: { cookie } });
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('image/jpeg');
    expect(Buffer.compare(download.body, bytes)).toBe(0);
    // And through the load balancer, whichever replica answers.
    const viaLb = await request(`${state.lbWebUrl}/files/${fileId}`, { headers: { cookie } });
    expect(viaLb.status).toBe(200);
    expect(viaLb.body.length).toBe(bytes.length);
  });
});
