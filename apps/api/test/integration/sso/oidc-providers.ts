import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import path from 'node:path';

import { exportJWK, generateKeyPair, SignJWT } from 'jose';

import { freePort } from '../setup/embedded-pg-process';

const root = path.resolve(__dirname, '../../../../..');

export interface RealProvider {
  issuer: string;
  close: () => Promise<void>;
}

/**
 * The demo identity provider (tools/dev/demo-idp.mjs: a real oidc-provider)
 * in its own process on a free port, with this test's client and users.
 */
export async function startRealProvider(options: {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  users?: { sub: string; email: string; name: string; password: string; email_verified?: boolean }[];
}): Promise<RealProvider> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'tools/dev/demo-idp.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DEMO_IDP_PORT: String(port),
      DEMO_IDP_CLIENTS: JSON.stringify([
        {
          client_id: options.clientId,
          client_secret: options.clientSecret,
          redirect_uris: [options.redirectUri],
          post_logout_redirect_uris: [options.postLogoutRedirectUri],
        },
      ]),
      DEMO_IDP_USERS: JSON.stringify(options.users ?? []),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const issuer = `http://localhost:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/.well-known/openid-configuration`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('the demo identity provider did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    issuer,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Signs in at the provider's own login page over HTTP (a cookie jar, no browser); returns the callback's query string. */
export async function loginAtProvider(authorizationUrl: string, redirectUri: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let init: { method: string; body?: string } = { method: 'GET' };
  for (let step = 0; step < 12; step++) {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(init.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, url).href;
      if (next.startsWith(redirectUri)) return new URL(next).search.slice(1);
      url = next;
      init = { method: 'GET' };
      continue;
    }
    const html = await res.text();
    const action = /action="([^"]*\/login)"/.exec(html)?.[1];
    if (!action) throw new Error(`unexpected provider page (${res.status}): ${html.slice(0, 300)}`);
    if (init.body) throw new Error('the provider refused the demo credentials');
    url = new URL(action, url).href;
    init = { method: 'POST', body: new URLSearchParams({ login: email, password }).toString() };
  }
  throw new Error('too many redirects at the provider');
}

export type FakeMode = 'good' | 'otherKey' | 'wrongAudience' | 'expired' | 'wrongNonce' | 'wrongIssuer';

export interface FakeProvider {
  issuer: string;
  /** How the next ID token is made. */
  mode: FakeMode;
  /** The nonce the relying party sent (read from its authorization URL by the test). */
  nonce: string;
  close: () => Promise<void>;
}

/**
 * A real HTTP identity provider for the cases oidc-provider will not produce:
 * discovery, JWKS and a token endpoint answering with an ID token signed
 * with `jose`, as the test's `mode` asks (another key, another audience,
 * expired, another nonce or issuer).
 */
export async function startFakeProvider(clientId: string, subject: string, email: string): Promise<FakeProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const good = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(good.publicKey)), kid: 'good', alg: 'RS256', use: 'sig' };
  const state: FakeProvider = { issuer, mode: 'good', nonce: '', close: async () => undefined };

  const server: Server = createServer((req, res) => {
    const send = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/.well-known/openid-configuration') {
      return send({
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_post'],
      });
    }
    if (req.url === '/jwks') return send({ keys: [jwk] });
    if (req.url === '/token' && req.method === 'POST') {
      req.resume();
      req.on('end', () => {
        const now = Math.floor(Date.now() / 1000);
        const expired = state.mode === 'expired';
        void new SignJWT({
          nonce: state.mode === 'wrongNonce' ? 'not-the-nonce' : state.nonce,
          email,
          email_verified: true,
          name: 'Fiona Fake',
        })
          .setProtectedHeader({ alg: 'RS256', kid: 'good' })
          .setIssuer(state.mode === 'wrongIssuer' ? 'https://elsewhere.example' : issuer)
          .setAudience(state.mode === 'wrongAudience' ? 'someone-else' : clientId)
          .setSubject(subject)
          .setIssuedAt(expired ? now - 7200 : now)
          .setExpirationTime(expired ? now - 3600 : now + 300)
          .sign(state.mode === 'otherKey' ? other.privateKey : good.privateKey)
          .then((idToken) => send({ access_token: 'fake-access-token', token_type: 'Bearer', expires_in: 300, id_token: idToken }));
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}
