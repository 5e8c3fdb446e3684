import { Role } from '@mic/shared-util';

import { JobsService } from '../../../src/modules/jobs/jobs.service';
import { MAIL_QUEUE } from '../../../src/modules/mail/mail.service';
import { createOrganisation } from '../factories/organisation.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { controlClock, MINUTE } from '../setup/clock';
import { errorCode, gql } from '../setup/gql';
import type { TestSmtpServer } from '../setup/smtp-test-server';
import { startSmtpTestServer } from '../setup/smtp-test-server';
import type { FakeProvider, RealProvider } from './oidc-providers';
import { loginAtProvider, startFakeProvider, startRealProvider } from './oidc-providers';

const WEB = 'http://localhost:3999';
const REDIRECT = `${WEB}/sign-in/sso/callback`;
const CLIENT_ID = 'commons-test-client';
const CLIENT_SECRET = 'test-client-secret-value';
const PASSWORD = 'idp-password-2026';

const START = `mutation Start($input: StartSsoSignInInput!) { startSsoSignIn(input: $input) { authorizationUrl browserToken } }`;
const COMPLETE = `mutation Complete($input: CompleteSsoSignInInput!) {
  completeSsoSignIn(input: $input) { linkToken connectionName returnTo session { accessToken user { id email name } } }
}`;
const CONFIRM_LINK = `mutation Confirm($input: ConfirmSsoLinkInput!) {
  confirmSsoLink(input: $input) { returnTo session { accessToken user { id email } } }
}`;
const EMAIL_LINK = `mutation Email($input: EmailSsoLinkInput!) { emailSsoLink(input: $input) }`;
const CONFIRM_BY_EMAIL = `mutation ByEmail($input: ConfirmSsoLinkByEmailInput!) {
  confirmSsoLinkByEmail(input: $input) { returnTo session { accessToken user { id email } } }
}`;
const ME = `{ me { id name email verified verificationMethod organisation { id } } }`;
const CREATE = `mutation Create($input: CreateSsoConnectionInput!) {
  createSsoConnection(input: $input) { id displayName issuer clientId emailDomains verifiesMembership redirectUrl }
}`;
const UPDATE = `mutation Update($input: UpdateSsoConnectionInput!) { updateSsoConnection(input: $input) { id displayName emailDomains } }`;
const DELETE = `mutation Delete($id: ID!) { deleteSsoConnection(id: $id) }`;
const LIST = `{ ssoConnections { id displayName emailDomains redirectUrl } }`;
const FOR_EMAIL = `query For($email: String!) { ssoConnectionForEmail(email: $email) { displayName } }`;
const LOGOUT_URL = `{ ssoSignOutUrl }`;

interface Completed {
  completeSsoSignIn: {
    linkToken: string | null;
    connectionName: string | null;
    returnTo: string;
    session: { accessToken: string; user: { id: string; email: string; name: string } } | null;
  };
}

describe('organisation sign-in (OpenID Connect)', () => {
  let t: TestApp;
  let real: RealProvider;
  let fake: FakeProvider;
  let admin: string;
  let trustId: string;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    t = await createTestApp({
      SSO_ALLOW_INSECURE_HTTP: 'true',
      WEB_PUBLIC_URL: WEB,
      SMTP_URL: smtp.smtpUrl,
      JOBS_WORKERS: 'false',
    });
    await resetDatabase(t.db);
    real = await startRealProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUri: REDIRECT,
      postLogoutRedirectUri: `${WEB}/sign-in?signedOut=1`,
      users: [
        {
          sub: 'nhs-1',
          email: 'nadia.new@trust-nhs.example',
          name: 'Nadia New',
          password: PASSWORD,
        },
        {
          sub: 'nhs-2',
          email: 'pat.password@trust-nhs.example',
          name: 'Pat Password',
          password: PASSWORD,
        },
        {
          sub: 'nhs-3',
          email: 'nadia.nonce@trust-nhs.example',
          name: 'Nadia Nonce',
          password: PASSWORD,
        },
        {
          sub: 'nhs-4',
          email: 'una@trust-nhs.example',
          name: 'Una Unverified',
          password: PASSWORD,
          email_verified: false,
        },
        {
          sub: 'nhs-5',
          email: 'erin.email@trust-nhs.example',
          name: 'Erin Email',
          password: PASSWORD,
        },
      ],
    });
    fake = await startFakeProvider(CLIENT_ID, 'fake-subject-1', 'fiona@fake.example');
    trustId = (
      await createOrganisation(t.db, {
        name: 'Demo Hospital NHS Trust',
        emailDomains: ['trust-nhs.example'],
      })
    ).id;
    admin = (await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] })).token;
    for (const [displayName, issuer, domain] of [
      ['NHSmail (test)', real.issuer, 'trust-nhs.example'],
      ['Fake provider', fake.issuer, 'fake.example'],
    ]) {
      const created = await gql(t.url, {
        query: CREATE,
        as: admin,
        variables: {
          input: {
            displayName,
            issuer,
            clientId: CLIENT_ID,
            clientSecret: CLIENT_SECRET,
            emailDomains: [domain],
            verifiesMembership: true,
          },
        },
      });
      expect(created.errors).toBeUndefined();
    }
  }, 60_000);

  afterAll(async () => {
    await real?.close();
    await fake?.close();
    await t?.close();
    await smtp?.close();
  });

  async function start(email: string): Promise<{ authorizationUrl: string; browserToken: string }> {
    const res = await gql<{ startSsoSignIn: { authorizationUrl: string; browserToken: string } }>(
      t.url,
      {
        query: START,
        variables: { input: { email, returnTo: '/events' } },
      },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.startSsoSignIn;
  }

  function complete(callbackQuery: string, browserToken: string) {
    return gql<Completed>(t.url, {
      query: COMPLETE,
      variables: { input: { callbackQuery, browserToken } },
    });
  }

  async function lastAudit(
    action: string,
  ): Promise<{ target_id: string; details: Record<string, unknown> } | undefined> {
    const rows: { target_id: string; details: Record<string, unknown> }[] = await t.db.query(
      `SELECT target_id, details FROM audit_log WHERE action = $1 ORDER BY id DESC LIMIT 1`,
      [action],
    );
    return rows[0];
  }

  describe('through a real oidc-provider', () => {
    it('should create a new NHSmail-domain user, verified in the organisation that owns the domain', async () => {
      const started = await start('Nadia.New@trust-nhs.example');
      const url = new URL(started.authorizationUrl);
      expect(url.searchParams.get('code_challenge_method')).toBe('S256');
      expect(url.searchParams.get('code_challenge')).toBeTruthy();
      expect(url.searchParams.get('state')).toBeTruthy();
      expect(url.searchParams.get('nonce')).toBeTruthy();

      const query = await loginAtProvider(
        started.authorizationUrl,
        REDIRECT,
        'nadia.new@trust-nhs.example',
        PASSWORD,
      );
      const res = await complete(query, started.browserToken);
      expect(res.errors).toBeUndefined();
      const done = res.data!.completeSsoSignIn;
      expect(done.returnTo).toBe('/events');
      expect(done.session?.user).toMatchObject({
        email: 'nadia.new@trust-nhs.example',
        name: 'Nadia New',
      });
      // The same cookie as password sign-in.
      expect(res.headers.getSetCookie().some((c) => c.startsWith('mic_session='))).toBe(true);

      const me = await gql<{
        me: { verified: boolean; verificationMethod: string; organisation: { id: string } };
      }>(t.url, {
        query: ME,
        as: done.session!.accessToken,
      });
      expect(me.data?.me).toMatchObject({
        verified: true,
        verificationMethod: 'SSO',
        organisation: { id: trustId },
      });
      const identities: { subject: string }[] = await t.db.query(
        `SELECT subject FROM user_sso_identity WHERE user_id = $1`,
        [done.session!.user.id],
      );
      expect(identities).toEqual([{ subject: 'nhs-1' }]);
      const audit = await lastAudit('sso.account_created');
      expect(audit?.target_id).toBe(done.session!.user.id);
      expect(JSON.stringify(audit?.details)).not.toMatch(/nadia|Nadia/);

      // Signing in again uses the linked identity: no second account.
      const again = await start('nadia.new@trust-nhs.example');
      const second = await complete(
        await loginAtProvider(
          again.authorizationUrl,
          REDIRECT,
          'nadia.new@trust-nhs.example',
          PASSWORD,
        ),
        again.browserToken,
      );
      expect(second.data?.completeSsoSignIn.session?.user.id).toBe(done.session!.user.id);
      expect((await lastAudit('sso.signed_in'))?.target_id).toBe(done.session!.user.id);

      // Sign-out: the provider advertises end_session_endpoint, so RP-initiated logout is offered.
      const logout = await gql<{ ssoSignOutUrl: string | null }>(t.url, {
        query: LOGOUT_URL,
        as: second.data!.completeSsoSignIn.session!.accessToken,
      });
      const logoutUrl = new URL(logout.data!.ssoSignOutUrl!);
      expect(logoutUrl.pathname).toBe('/session/end');
      expect(logoutUrl.searchParams.get('id_token_hint')).toBeTruthy();
      expect(logoutUrl.searchParams.get('post_logout_redirect_uri')).toBe(
        `${WEB}/sign-in?signedOut=1`,
      );
    });

    it('should refuse a tampered state, a callback from another browser and a second use', async () => {
      const started = await start('nadia.new@trust-nhs.example');
      const query = await loginAtProvider(
        started.authorizationUrl,
        REDIRECT,
        'nadia.new@trust-nhs.example',
        PASSWORD,
      );
      const params = new URLSearchParams(query);
      const tampered = new URLSearchParams(params);
      tampered.set('state', `${params.get('state')}x`);
      const res = await complete(tampered.toString(), started.browserToken);
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      expect(res.data?.completeSsoSignIn ?? null).toBeNull();
      expect((await lastAudit('sso.sign_in_failed'))?.details).toMatchObject({
        reason: 'UNKNOWN_STATE',
      });

      // The right state from a browser that did not start the sign-in: refused, and the flow is spent.
      const otherBrowser = await complete(query, 'a-different-browser-token');
      expect(errorCode(otherBrowser)).toBe('UNAUTHENTICATED');
      expect((await lastAudit('sso.sign_in_failed'))?.details).toMatchObject({
        reason: 'OTHER_BROWSER',
      });
      expect(errorCode(await complete(query, started.browserToken))).toBe('UNAUTHENTICATED');
    });

    it('should refuse an ID token whose nonce is not the one this sign-in sent', async () => {
      const started = await start('nadia.nonce@trust-nhs.example');
      const query = await loginAtProvider(
        started.authorizationUrl,
        REDIRECT,
        'nadia.nonce@trust-nhs.example',
        PASSWORD,
      );
      // The provider echoes the nonce it was sent; the one kept for this sign-in is now another.
      await t.db.query(`UPDATE sso_flow SET nonce = 'another-nonce-value' WHERE used_at IS NULL`);
      const res = await complete(query, started.browserToken);
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      expect((await lastAudit('sso.sign_in_failed'))?.details).toMatchObject({
        reason: 'TOKEN_REJECTED',
      });
      const users: unknown[] = await t.db.query(
        `SELECT 1 FROM app_user WHERE email = 'nadia.nonce@trust-nhs.example'`,
      );
      expect(users).toHaveLength(0);
    });

    it('should refuse an address the provider has not verified', async () => {
      const started = await start('una@trust-nhs.example');
      const query = await loginAtProvider(
        started.authorizationUrl,
        REDIRECT,
        'una@trust-nhs.example',
        PASSWORD,
      );
      const res = await complete(query, started.browserToken);
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0].message).toMatch(/did not confirm your email/);
      expect((await lastAudit('sso.sign_in_failed'))?.details).toMatchObject({
        reason: 'EMAIL_NOT_VERIFIED',
      });
    });

    it('should link an existing password account only after its password is proven', async () => {
      const existing = await createUser(t.db, { email: 'pat.password@trust-nhs.example' });
      const started = await start('pat.password@trust-nhs.example');
      const query = await loginAtProvider(
        started.authorizationUrl,
        REDIRECT,
        'pat.password@trust-nhs.example',
        PASSWORD,
      );
      const res = await complete(query, started.browserToken);
      expect(res.errors).toBeUndefined();
      const pending = res.data!.completeSsoSignIn;
      expect(pending.session).toBeNull();
      expect(pending.connectionName).toBe('NHSmail (test)');
      expect(res.headers.getSetCookie().some((c) => c.startsWith('mic_session='))).toBe(false);
      expect((await lastAudit('sso.link_requested'))?.target_id).toBe(existing.id);

      const wrong = await gql(t.url, {
        query: CONFIRM_LINK,
        variables: { input: { linkToken: pending.linkToken, password: 'not-the-password' } },
      });
      expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
      expect((await lastAudit('sso.link_failed'))?.target_id).toBe(existing.id);
      const forged = await gql(t.url, {
        query: CONFIRM_LINK,
        variables: { input: { linkToken: 'forged-link-token-value', password: TEST_PASSWORD } },
      });
      expect(errorCode(forged)).toBe('UNAUTHENTICATED');
      let links: unknown[] = await t.db.query(
        `SELECT 1 FROM user_sso_identity WHERE user_id = $1`,
        [existing.id],
      );
      expect(links).toHaveLength(0);

      const proven = await gql<{ confirmSsoLink: { session: { user: { id: string } } } }>(t.url, {
        query: CONFIRM_LINK,
        variables: { input: { linkToken: pending.linkToken, password: TEST_PASSWORD } },
      });
      expect(proven.errors).toBeUndefined();
      expect(proven.data?.confirmSsoLink.session.user.id).toBe(existing.id);
      links = await t.db.query(
        `SELECT 1 FROM user_sso_identity WHERE user_id = $1 AND subject = 'nhs-2'`,
        [existing.id],
      );
      expect(links).toHaveLength(1);
      expect((await lastAudit('sso.linked'))?.target_id).toBe(existing.id);
      // The link token is used up.
      const replay = await gql(t.url, {
        query: CONFIRM_LINK,
        variables: { input: { linkToken: pending.linkToken, password: TEST_PASSWORD } },
      });
      expect(errorCode(replay)).toBe('UNAUTHENTICATED');

      // From now on the provider signs them straight in.
      const again = await start('pat.password@trust-nhs.example');
      const next = await complete(
        await loginAtProvider(
          again.authorizationUrl,
          REDIRECT,
          'pat.password@trust-nhs.example',
          PASSWORD,
        ),
        again.browserToken,
      );
      expect(next.data?.completeSsoSignIn.session?.user.id).toBe(existing.id);
    });
  });

  describe('linking by an emailed link instead of the password', () => {
    const ERIN = 'erin.email@trust-nhs.example';

    /** An organisation sign-in that ends at "you already have an account": this browser's link token. */
    async function pendingLink(): Promise<string> {
      const started = await start(ERIN);
      const res = await complete(
        await loginAtProvider(started.authorizationUrl, REDIRECT, ERIN, PASSWORD),
        started.browserToken,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.completeSsoSignIn.session).toBeNull();
      return res.data!.completeSsoSignIn.linkToken!;
    }

    /** Asks for the email, sends it over real SMTP and returns the token in its link. */
    async function emailedToken(linkToken: string): Promise<string> {
      smtp.clear();
      const res = await gql<{ emailSsoLink: boolean }>(t.url, {
        query: EMAIL_LINK,
        variables: { input: { linkToken } },
      });
      expect(res.errors).toBeUndefined();
      await t.app.get(JobsService).drain(MAIL_QUEUE);
      const [mail] = await smtp.waitFor(1, (m) => m.to.includes(ERIN));
      expect(mail.subject).toMatch(/link NHSmail \(test\) to your/);
      expect(mail.text).toMatch(/expires in 30 minutes/);
      const match = new RegExp(`${WEB}/sign-in/link/email\\?token=([A-Za-z0-9_-]+)`).exec(
        mail.text,
      );
      expect(match).not.toBeNull();
      return (match as RegExpExecArray)[1];
    }

    const confirm = (linkToken: string | null, emailToken: string) =>
      gql<{ confirmSsoLinkByEmail: { returnTo: string; session: { user: { id: string } } } }>(
        t.url,
        {
          query: CONFIRM_BY_EMAIL,
          variables: { input: { linkToken, emailToken } },
        },
      );
    const identities = async (userId: string) =>
      (await t.db.query(`SELECT 1 FROM user_sso_identity WHERE user_id = $1`, [userId]))
        .length as number;

    it('should refuse the link in another browser and after 30 minutes, then link once in the same browser', async () => {
      const existing = await createUser(t.db, { email: ERIN });

      // Another browser: no link cookie, or another sign-in's.
      const first = await pendingLink();
      const firstEmail = await emailedToken(first);
      expect((await lastAudit('sso.link_emailed'))?.target_id).toBe(existing.id);
      const stored: { email_token_hash: string }[] = await t.db.query(
        `SELECT email_token_hash FROM sso_pending_link WHERE user_id = $1 AND email_token_hash IS NOT NULL`,
        [existing.id],
      );
      expect(stored.map((r) => r.email_token_hash)).not.toContain(firstEmail);
      const noCookie = await confirm(null, firstEmail);
      expect(errorCode(noCookie)).toBe('UNAUTHENTICATED');
      expect(noCookie.errors?.[0].message).toMatch(/same browser/);
      expect((await lastAudit('sso.link_failed'))?.details).toMatchObject({
        reason: 'OTHER_BROWSER',
      });
      const otherSignIn = await pendingLink();
      expect(errorCode(await confirm(otherSignIn, firstEmail))).toBe('UNAUTHENTICATED');
      expect(await identities(existing.id)).toBe(0);

      // Expired: the clock moves past 30 minutes (no sleeping).
      const clock = controlClock(t);
      try {
        clock.advance(31 * MINUTE);
        const late = await confirm(first, firstEmail);
        expect(errorCode(late)).toBe('UNAUTHENTICATED');
        expect(late.errors?.[0].message).toMatch(/expired/);
      } finally {
        clock.restore();
      }
      expect(await identities(existing.id)).toBe(0);

      // The same browser, in time: linked and signed in, once.
      const link = await pendingLink();
      const emailToken = await emailedToken(link);
      expect(errorCode(await confirm(link, 'forged-email-token-value'))).toBe('UNAUTHENTICATED');
      const linked = await confirm(link, emailToken);
      expect(linked.errors).toBeUndefined();
      expect(linked.data!.confirmSsoLinkByEmail.session.user.id).toBe(existing.id);
      expect(linked.data!.confirmSsoLinkByEmail.returnTo).toBe('/events');
      expect(linked.headers.getSetCookie().some((c) => c.startsWith('mic_session='))).toBe(true);
      expect(await identities(existing.id)).toBe(1);
      expect(await lastAudit('sso.linked')).toMatchObject({
        target_id: existing.id,
        details: { proof: 'EMAIL' },
      });
      const reused = await confirm(link, emailToken);
      expect(errorCode(reused)).toBe('UNAUTHENTICATED');
      expect(reused.errors?.[0].message).toMatch(/already been used/);
      // The password route of the same pending link is used up too.
      expect(
        errorCode(
          await gql(t.url, {
            query: CONFIRM_LINK,
            variables: { input: { linkToken: link, password: TEST_PASSWORD } },
          }),
        ),
      ).toBe('UNAUTHENTICATED');

      // From now on the provider signs them straight in.
      const again = await start(ERIN);
      const next = await complete(
        await loginAtProvider(again.authorizationUrl, REDIRECT, ERIN, PASSWORD),
        again.browserToken,
      );
      expect(next.data?.completeSsoSignIn.session?.user.id).toBe(existing.id);
    });

    it('should not email a link for an unknown or used pending sign-in', async () => {
      const res = await gql(t.url, {
        query: EMAIL_LINK,
        variables: { input: { linkToken: 'no-such-pending-link' } },
      });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    });
  });

  describe('ID tokens a provider should never send', () => {
    async function throughFake(mode: FakeProvider['mode']) {
      fake.mode = mode;
      const started = await start('fiona@fake.example');
      const url = new URL(started.authorizationUrl);
      fake.nonce = url.searchParams.get('nonce') ?? '';
      return complete(
        `code=fake-code&state=${url.searchParams.get('state')}`,
        started.browserToken,
      );
    }

    it.each([
      ['otherKey'],
      ['wrongAudience'],
      ['expired'],
      ['wrongNonce'],
      ['wrongIssuer'],
    ] as const)('should refuse a token with %s', async (mode) => {
      const res = await throughFake(mode);
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      expect((await lastAudit('sso.sign_in_failed'))?.details).toMatchObject({
        reason: 'TOKEN_REJECTED',
      });
      const users: unknown[] = await t.db.query(
        `SELECT 1 FROM app_user WHERE email = 'fiona@fake.example'`,
      );
      expect(users).toHaveLength(0);
    });

    it('should accept the same provider when the token is right (so the refusals above are about the token)', async () => {
      const res = await throughFake('good');
      expect(res.errors).toBeUndefined();
      expect(res.data?.completeSsoSignIn.session?.user.email).toBe('fiona@fake.example');
    });
  });

  describe('connections', () => {
    const input = (domain: string) => ({
      displayName: 'Walsall Council',
      issuer: 'https://login.walsall.example/v2.0',
      clientId: 'walsall-client',
      clientSecret: 'walsall-secret-shh',
      emailDomains: [` @${domain.toUpperCase()} `],
      verifiesMembership: false,
    });

    it('should let regional admins create, list, change and delete connections, never returning or auditing the secret', async () => {
      const created = await gql<{
        createSsoConnection: { id: string; emailDomains: string[]; redirectUrl: string };
      }>(t.url, {
        query: CREATE,
        as: admin,
        variables: { input: input('walsall.example') },
      });
      expect(created.errors).toBeUndefined();
      const id = created.data!.createSsoConnection.id;
      expect(created.data!.createSsoConnection).toMatchObject({
        emailDomains: ['walsall.example'],
        redirectUrl: REDIRECT,
      });
      const stored: { client_secret_sealed: string }[] = await t.db.query(
        `SELECT client_secret_sealed FROM sso_connection WHERE id = $1`,
        [id],
      );
      expect(stored[0].client_secret_sealed).not.toContain('walsall-secret-shh');
      const list = await gql(t.url, { query: LIST, as: admin });
      expect(JSON.stringify(list.data)).toContain('Walsall Council');
      expect(JSON.stringify(list.data)).not.toContain('walsall-secret');

      const forEmail = await gql(t.url, {
        query: FOR_EMAIL,
        variables: { email: 'someone@walsall.example' },
      });
      expect(forEmail.data).toEqual({ ssoConnectionForEmail: { displayName: 'Walsall Council' } });
      expect(
        (await gql(t.url, { query: FOR_EMAIL, variables: { email: 'someone@elsewhere.example' } }))
          .data,
      ).toEqual({ ssoConnectionForEmail: null });

      const updated = await gql(t.url, {
        query: UPDATE,
        as: admin,
        variables: {
          input: { id, displayName: 'Walsall Council staff', clientSecret: 'rotated-secret-shh' },
        },
      });
      expect(updated.errors).toBeUndefined();
      const audit: { details: unknown }[] = await t.db.query(
        `SELECT details FROM audit_log WHERE target_id = $1`,
        [id],
      );
      expect(audit.length).toBe(2);
      expect(JSON.stringify(audit)).not.toMatch(/secret-shh/);
      expect(JSON.stringify(audit)).toContain('Walsall Council staff');

      expect((await gql(t.url, { query: DELETE, as: admin, variables: { id } })).data).toEqual({
        deleteSsoConnection: true,
      });
      expect(errorCode(await gql(t.url, { query: DELETE, as: admin, variables: { id } }))).toBe(
        'NOT_FOUND',
      );
    });

    it('should refuse a domain another connection serves, public domains, bad issuers and blank input', async () => {
      expect(
        errorCode(
          await gql(t.url, {
            query: CREATE,
            as: admin,
            variables: { input: input('trust-nhs.example') },
          }),
        ),
      ).toBe('CONFLICT');
      expect(
        errorCode(
          await gql(t.url, { query: CREATE, as: admin, variables: { input: input('gmail.com') } }),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        errorCode(
          await gql(t.url, {
            query: CREATE,
            as: admin,
            variables: { input: { ...input('b.example'), issuer: 'not a url' } },
          }),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        errorCode(
          await gql(t.url, {
            query: CREATE,
            as: admin,
            variables: { input: { ...input('c.example'), emailDomains: [], displayName: ' ' } },
          }),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        errorCode(
          await gql(t.url, { query: UPDATE, as: admin, variables: { input: { id: 'not-an-id' } } }),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        errorCode(
          await gql(t.url, {
            query: UPDATE,
            as: admin,
            variables: {
              input: { id: '00000000-0000-4000-8000-000000000000', displayName: 'Nope' },
            },
          }),
        ),
      ).toBe('NOT_FOUND');
    });

    it('should refuse everyone but regional admins', async () => {
      const member = await createUser(t.db);
      const icsAdmin = await createUser(t.db, {
        roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QUA' }],
      });
      for (const as of [member.token, icsAdmin.token]) {
        expect(
          errorCode(
            await gql(t.url, { query: CREATE, as, variables: { input: input('d.example') } }),
          ),
        ).toBe('FORBIDDEN');
        expect(errorCode(await gql(t.url, { query: LIST, as }))).toBe('FORBIDDEN');
      }
      expect(
        errorCode(await gql(t.url, { query: CREATE, variables: { input: input('d.example') } })),
      ).toBe('UNAUTHENTICATED');
    });

    it('should not start organisation sign-in for an address without a connection, nor offer RP logout to a password session', async () => {
      const res = await gql(t.url, {
        query: START,
        variables: { input: { email: 'someone@elsewhere.example' } },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      const member = await createUser(t.db);
      expect((await gql(t.url, { query: LOGOUT_URL, as: member.token })).data).toEqual({
        ssoSignOutUrl: null,
      });
    });
  });
});
