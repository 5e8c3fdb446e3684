import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { createOrganisation, organisationIdByName } from '../factories/organisation.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { CHANGE_PASSWORD, ME, SIGN_IN, SIGN_OUT, SIGN_UP } from './auth.operations';

interface AuthData {
  signIn?: { accessToken: string; user: { id: string; email: string | null; roles: string[] } };
  signUp?: {
    accessToken: string;
    user: { id: string; email: string; verified: boolean; verificationMethod: string | null; roles: string[] };
  };
}

describe('authentication', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  describe('signUp', () => {
    it('should only ask to join, even when the email domain matches, until the mailbox is confirmed', async () => {
      const org = await createOrganisation(t.db, { emailDomains: ['walsall-vcse.org.uk'] });
      const res = await gql<AuthData>(t.url, {
        query: SIGN_UP,
        variables: {
          input: { email: 'New.Person@Walsall-VCSE.org.uk', password: 'lantern-orchard-walsall', name: 'New Person', organisationId: org.id },
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.signUp?.user).toMatchObject({
        email: 'new.person@walsall-vcse.org.uk',
        verified: false,
        verificationMethod: null,
        roles: ['MEMBER'],
      });
      expect(res.data?.signUp?.accessToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    });

    it('should leave a person unverified when no domain matches', async () => {
      const org = await createOrganisation(t.db);
      const res = await gql<AuthData>(t.url, {
        query: SIGN_UP,
        variables: { input: { email: 'volunteer@gmail.example', password: 'lantern-orchard-walsall', name: 'Vol', organisationId: org.id } },
      });
      expect(res.data?.signUp?.user.verified).toBe(false);
    });

    it('should refuse a duplicate email whatever its case with CONFLICT', async () => {
      const org = await createOrganisation(t.db);
      const res = await gql(t.url, {
        query: SIGN_UP,
        variables: { input: { email: 'MEMBER@example.org', password: 'lantern-orchard-walsall', name: 'Dup', organisationId: org.id } },
      });
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors?.[0].extensions?.field).toBe('email');
    });

    it('should refuse a short or common password with BAD_USER_INPUT on the password field', async () => {
      const org = await createOrganisation(t.db);
      for (const password of ['short1', 'password1234']) {
        const res = await gql(t.url, {
          query: SIGN_UP,
          variables: { input: { email: `p${password.length}@example.net`, password, name: 'Weak', organisationId: org.id } },
        });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.field).toBe('password');
      }
    });

    it('should report every invalid field in fieldErrors', async () => {
      const res = await gql(t.url, {
        query: SIGN_UP,
        variables: { input: { email: 'not-an-email', password: 'lantern-orchard-walsall', name: 'X', organisationId: 'nope' } },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      const fields = (res.errors?.[0].extensions?.fieldErrors as { field: string }[]).map((f) => f.field);
      expect(fields).toEqual(expect.arrayContaining(['email', 'name', 'organisationId']));
    });
  });

  describe('signIn', () => {
    it.each(['admin', 'organiser', 'lead', 'member', 'moderator'])(
      'should sign in the demo account %s@example.org',
      async (who) => {
        const res = await gql<AuthData>(t.url, {
          query: SIGN_IN,
          variables: { input: { email: `${who}@example.org`, password: 'commons-demo-2026' } },
        });
        expect(res.errors).toBeUndefined();
        expect(res.data?.signIn?.user.email).toBe(`${who}@example.org`);
      },
    );

    it('should set an httpOnly SameSite=Lax session cookie that authenticates', async () => {
      const res = await gql<AuthData>(t.url, {
        query: SIGN_IN,
        variables: { input: { email: 'lead@example.org', password: TEST_PASSWORD } },
      });
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/mic_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const me = await gql<{ me: { email: string } }>(t.url, { query: ME, cookie: cookie.split(';')[0] });
      expect(me.data?.me.email).toBe('lead@example.org');
    });

    it('should refuse a cookie-authenticated mutation sent as a simple cross-site form (CSRF)', async () => {
      const user = await createUser(t.db);
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', cookie: `mic_session=${user.token}` },
        body: JSON.stringify({ query: SIGN_OUT }),
      });
      expect(res.status).toBe(400);
      const me = await gql<{ me: { id: string } | null }>(t.url, { query: ME, as: user.token });
      expect(me.data?.me?.id).toBe(user.id);
    });

    it('should give the same UNAUTHENTICATED error for a wrong password and an unknown email', async () => {
      const wrong = await gql(t.url, {
        query: SIGN_IN,
        variables: { input: { email: 'moderator@example.org', password: 'not-the-password' } },
      });
      const unknown = await gql(t.url, {
        query: SIGN_IN,
        variables: { input: { email: 'nobody-here@example.org', password: 'not-the-password' } },
      });
      expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
      expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
      expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    });

    it('should make the account wait after 5 failures, even with the right password, counted in the database', async () => {
      const user = await createUser(t.db);
      for (let i = 0; i < 5; i += 1) {
        const res = await gql(t.url, {
          query: SIGN_IN,
          variables: { input: { email: user.email, password: `wrong-password-${i}` } },
          headers: { 'x-forwarded-for': `10.9.0.${i}` },
        });
        expect(res.errors?.[0].message).toBe('Email or password is incorrect.');
      }
      const locked = await gql(t.url, {
        query: SIGN_IN,
        variables: { input: { email: user.email, password: TEST_PASSWORD } },
      });
      expect(errorCode(locked)).toBe('UNAUTHENTICATED');
      expect(locked.errors?.[0].message).toMatch(/Too many attempts, try again in \d+ seconds/);
      const rows: { n: string }[] = await t.db.query('SELECT count(*) AS n FROM sign_in_attempt');
      expect(Number(rows[0].n)).toBeGreaterThanOrEqual(10);
    });
  });

  describe('sessions', () => {
    it('should return null for me when signed out', async () => {
      const res = await gql<{ me: null }>(t.url, { query: ME });
      expect(res.data?.me).toBeNull();
    });

    it('should revoke the current session on signOut', async () => {
      const user = await createUser(t.db);
      const out = await gql<{ signOut: boolean }>(t.url, { query: SIGN_OUT, as: user.token });
      expect(out.data?.signOut).toBe(true);
      const after = await gql(t.url, { query: SIGN_OUT, as: user.token });
      expect(errorCode(after)).toBe('UNAUTHENTICATED');
    });

    it('should revoke all other sessions when the password changes', async () => {
      const orgId = await organisationIdByName(t.db, 'Walsall College');
      const user = await createUser(t.db, { organisationId: orgId });
      const other = await gql<AuthData>(t.url, {
        query: SIGN_IN,
        variables: { input: { email: user.email, password: TEST_PASSWORD } },
      });
      const otherToken = other.data?.signIn?.accessToken as string;
      const wrong = await gql(t.url, {
        query: CHANGE_PASSWORD,
        as: user.token,
        variables: { input: { currentPassword: 'incorrect-current', newPassword: 'a-brand-new-passphrase' } },
      });
      expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
      const ok = await gql(t.url, {
        query: CHANGE_PASSWORD,
        as: user.token,
        variables: { input: { currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-passphrase' } },
      });
      expect(ok.errors).toBeUndefined();
      const stillMe = await gql<{ me: { id: string } }>(t.url, { query: ME, as: user.token });
      expect(stillMe.data?.me.id).toBe(user.id);
      const revoked = await gql<{ me: null }>(t.url, { query: ME, as: otherToken });
      expect(revoked.data?.me).toBeNull();
    });
  });
});
