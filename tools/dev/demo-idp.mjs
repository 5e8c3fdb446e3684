// A small demo identity provider (oidc-provider) so that "Sign in with your
// organisation" can be tried on a fresh machine (docs/adr/0010). `npm start`
// runs it in demo mode only; it refuses to run when NODE_ENV=production.
// Integration tests start it too, on a free port, as a real OpenID provider.
//
//   node tools/dev/demo-idp.mjs                  (port DEMO_IDP_PORT, default 4100)
//
// Environment:
//   DEMO_IDP_PORT            port (default 4100)
//   DEMO_IDP_ISSUER          issuer URL (default http://localhost:<port>)
//   DEMO_IDP_CLIENTS         JSON array of { client_id, client_secret, redirect_uris, post_logout_redirect_uris }
//                            (default: the demo connection the seeds create, for WEB_PUBLIC_URL)
//   DEMO_IDP_ID_TOKEN_TTL    ID token lifetime in seconds (default 600)
//   DEMO_IDP_USERS           JSON array of extra users { sub, email, password, name, email_verified }
import http from 'node:http';
import { createRequire } from 'node:module';

import Provider from 'oidc-provider';

const require = createRequire(import.meta.url);
const { DEMO_IDP_CLIENT_ID, DEMO_IDP_CLIENT_SECRET, DEMO_IDP_USERS, DEMO_PASSWORD } = require('./demo-idp-users.cjs');

export { DEMO_IDP_CLIENT_ID, DEMO_IDP_CLIENT_SECRET, DEMO_IDP_USERS, DEMO_PASSWORD };

const escape = (value) =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const STYLE = `body{font-family:Arial,sans-serif;margin:0;background:#f0f4f5;color:#212b32}
header{background:#005eb8;color:#fff;padding:12px 24px}header p{margin:0;font-weight:bold}
main{max-width:28rem;margin:24px auto;background:#fff;padding:24px;border:1px solid #d8dde0}
h1{font-size:1.6rem;margin-top:0}label{display:block;font-weight:bold;margin:16px 0 4px}
input{width:100%;box-sizing:border-box;font-size:1rem;padding:8px;border:2px solid #4c6272}
input:focus,button:focus{outline:3px solid #ffeb3b;outline-offset:0}
button{margin-top:20px;font-size:1rem;padding:10px 16px;background:#007f3b;color:#fff;border:0;cursor:pointer}
button.secondary{background:#4c6272}.error{border-left:6px solid #d5281b;padding:8px 12px;color:#d5281b;font-weight:bold}
.hint{color:#4c6272}table{border-collapse:collapse;margin-top:8px}td,th{border-bottom:1px solid #d8dde0;padding:4px 8px;text-align:left}`;

function page(title, body) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} - Demo NHS identity provider</title><style>${STYLE}</style></head>
<body><header><p>Demo NHS identity provider (not a real NHSmail service)</p></header><main>${body}</main></body></html>`;
}

function loginPage(uid, { email = '', error = null } = {}) {
  const users = DEMO_IDP_USERS.filter((u) => u.listed)
    .map((u) => `<tr><td>${escape(u.email)}</td><td>${escape(u.name)}</td></tr>`)
    .join('');
  return page(
    'Sign in',
    `<h1>Sign in to the demo identity provider</h1>
${error ? `<p class="error" role="alert" id="login-error">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login" novalidate>
<label for="login">Email address</label>
<input id="login" name="login" type="email" autocomplete="username" value="${escape(email)}" ${error ? 'aria-describedby="login-error"' : ''} required>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>
<form method="post" action="/interaction/${escape(uid)}/abort"><button type="submit" class="secondary">Cancel</button></form>
<h2>Demo accounts</h2><p class="hint">Password for each: ${escape(DEMO_PASSWORD)}</p>
<table><caption class="hint">People at the demo domain nhs.example</caption><thead><tr><th scope="col">Email</th><th scope="col">Name</th></tr></thead><tbody>${users}</tbody></table>`,
  );
}

async function readForm(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 10_000) throw new Error('form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Starts the provider; returns { issuer, port, close }. */
export async function startDemoIdp(options = {}) {
  if ((options.nodeEnv ?? process.env.NODE_ENV) === 'production') {
    throw new Error('the demo identity provider never runs when NODE_ENV=production');
  }
  const port = Number(options.port ?? process.env.DEMO_IDP_PORT ?? 4100);
  const issuer = (options.issuer ?? process.env.DEMO_IDP_ISSUER ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const web = (process.env.WEB_PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  const clients = options.clients ??
    (process.env.DEMO_IDP_CLIENTS
      ? JSON.parse(process.env.DEMO_IDP_CLIENTS)
      : [
          {
            client_id: DEMO_IDP_CLIENT_ID,
            client_secret: DEMO_IDP_CLIENT_SECRET,
            redirect_uris: [`${web}/sign-in/sso/callback`],
            post_logout_redirect_uris: [`${web}/sign-in?signedOut=1`],
          },
        ]);
  const users = [...DEMO_IDP_USERS, ...(options.users ?? (process.env.DEMO_IDP_USERS ? JSON.parse(process.env.DEMO_IDP_USERS) : []))];
  const bySub = new Map(users.map((u) => [u.sub, u]));

  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
      ...c,
    })),
    cookies: { keys: ['demo-idp-cookie-key-not-secret-1', 'demo-idp-cookie-key-not-secret-2'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'given_name', 'family_name'] },
    pkce: { required: () => true },
    ttl: { IdToken: Number(options.idTokenTtl ?? process.env.DEMO_IDP_ID_TOKEN_TTL ?? 600) },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.body = page(
            'Sign out',
            `<h1>Sign out of the demo identity provider?</h1>${form}
<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>
<button type="submit" form="op.logoutForm" class="secondary">No, stay signed in</button>`,
          );
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.body = page('Signed out', '<h1>You have signed out of the demo identity provider</h1>');
        },
      },
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page('Error', `<h1>Something went wrong</h1><p>${escape(out.error)}: ${escape(out.error_description ?? '')}</p>`);
    },
    // The demo trusts its one client: no consent screen.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    findAccount: async (_ctx, sub) => {
      const user = bySub.get(sub);
      if (!user) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          email: user.email,
          email_verified: user.email_verified !== false,
          name: user.name,
        }),
      };
    },
  });
  provider.proxy = true;
  const callback = provider.callback();

  const server = http.createServer(async (req, res) => {
    const match = /^\/interaction\/([\w-]+)(\/login|\/abort)?$/.exec(req.url.split('?')[0]);
    if (!match) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (req.method === 'GET' && !match[2]) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        return res.end(loginPage(details.uid, { email: details.params.login_hint ?? '' }));
      }
      if (req.method === 'POST' && match[2] === '/abort') {
        return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'Sign-in cancelled' }, { mergeWithLastSubmission: false });
      }
      if (req.method === 'POST' && match[2] === '/login') {
        const form = await readForm(req);
        const email = (form.get('login') ?? '').trim().toLowerCase();
        const user = users.find((u) => u.email.toLowerCase() === email && u.password === form.get('password'));
        if (!user) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          return res.end(loginPage(details.uid, { email, error: 'Email address or password is incorrect.' }));
        }
        return provider.interactionFinished(req, res, { login: { accountId: user.sub } }, { mergeWithLastSubmission: false });
      }
      res.writeHead(405).end();
    } catch (error) {
      res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page('Error', `<h1>This sign-in has expired</h1><p>${escape(error.message)}</p>`));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, options.host ?? '127.0.0.1', resolve);
  });
  const actualPort = server.address().port;
  return {
    issuer,
    port: actualPort,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// Run directly: `node tools/dev/demo-idp.mjs`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const idp = await startDemoIdp();
  console.log(`[demo-idp] demo identity provider at ${idp.issuer} (users: ${DEMO_IDP_USERS.filter((u) => u.listed).map((u) => u.email).join(', ')})`);
  const stop = () => idp.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
