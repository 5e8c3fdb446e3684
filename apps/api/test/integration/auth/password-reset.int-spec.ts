import { JobsService } from '../../../src/modules/jobs/jobs.service';
import { MAIL_QUEUE } from '../../../src/modules/mail/mail.service';
import { PasswordResetService } from '../../../src/modules/auth/password-reset.service';
import type { TestClock } from '../setup/clock';
import { controlClock, HOUR, MINUTE } from '../setup/clock';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import type { TestSmtpServer } from '../setup/smtp-test-server';
import { startSmtpTestServer } from '../setup/smtp-test-server';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import {
  ME,
  REQUEST_PASSWORD_RESET,
  RESET_PASSWORD,
  RESET_TOKEN_VALID,
  SIGN_IN,
} from './auth.operations';

interface ResetData {
  resetPassword?: { accessToken: string; user: { id: string; email: string } };
}

const NEW_PASSWORD = 'orchard-lantern-dudley-2027';

describe('password reset', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let clock: TestClock;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    t = await createTestApp({ SMTP_URL: smtp.smtpUrl, JOBS_WORKERS: 'false' });
    await resetDatabase(t.db);
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  beforeEach(() => {
    smtp.clear();
    clock = controlClock(t);
  });

  afterEach(() => clock.restore());

  /** Waits for reset links queued after the answer, then sends the queued mail. */
  async function settle(): Promise<void> {
    await t.app.get(PasswordResetService).idle();
    await t.app.get(JobsService).drain(MAIL_QUEUE);
  }

  /** Asks for a reset (from its own address, so per-IP limits stay out of the way) and returns the emailed token. */
  async function requestToken(email: string, ip = '198.51.100.10'): Promise<string> {
    const res = await gql<{ requestPasswordReset: boolean }>(t.url, {
      query: REQUEST_PASSWORD_RESET,
      variables: { input: { email } },
      headers: { 'x-forwarded-for': ip },
    });
    expect(res.data?.requestPasswordReset).toBe(true);
    await settle();
    const [mail] = await smtp.waitFor(1, (m) => m.to.includes(email));
    const match = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
    expect(match).not.toBeNull();
    return (match as RegExpExecArray)[1];
  }

  it('should email a single-use link over SMTP that signs in with the new password', async () => {
    const user = await createUser(t.db);
    const token = await requestToken(user.email);
    const [mail] = smtp.messages;
    expect(mail.subject).toMatch(/Reset your .* password/);
    expect(mail.text).toMatch(/expires in 1 hour/);
    const stored: { token_hash: string }[] = await t.db.query(
      'SELECT token_hash FROM password_reset_token WHERE user_id = $1',
      [user.id],
    );
    expect(stored[0].token_hash).not.toContain(token);

    const valid = await gql<{ passwordResetTokenValid: boolean }>(t.url, { query: RESET_TOKEN_VALID, variables: { token } });
    expect(valid.data?.passwordResetTokenValid).toBe(true);

    const first = await gql<ResetData>(t.url, {
      query: RESET_PASSWORD,
      variables: { input: { token, newPassword: NEW_PASSWORD } },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.resetPassword?.user.id).toBe(user.id);
    const me = await gql<{ me: { id: string } }>(t.url, { query: ME, as: first.data?.resetPassword?.accessToken });
    expect(me.data?.me.id).toBe(user.id);

    const signIn = await gql(t.url, { query: SIGN_IN, variables: { input: { email: user.email, password: NEW_PASSWORD } } });
    expect(signIn.errors).toBeUndefined();

    // The second click on the link.
    const second = await gql(t.url, {
      query: RESET_PASSWORD,
      variables: { input: { token, newPassword: 'another-orchard-lantern-99' } },
    });
    expect(errorCode(second)).toBe('BAD_USER_INPUT');
    expect(second.errors?.[0].message).toBe(
      'This password reset link has expired or has already been used. Ask for a new link.',
    );
    const again = await gql<{ passwordResetTokenValid: boolean }>(t.url, { query: RESET_TOKEN_VALID, variables: { token } });
    expect(again.data?.passwordResetTokenValid).toBe(false);
  });

  it('should refuse a link older than one hour (clock advanced, no sleep)', async () => {
    const user = await createUser(t.db);
    const token = await requestToken(user.email);
    clock.advance(HOUR + MINUTE);
    const res = await gql(t.url, { query: RESET_PASSWORD, variables: { input: { token, newPassword: NEW_PASSWORD } } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.field).toBe('token');
    const old = await gql(t.url, { query: SIGN_IN, variables: { input: { email: user.email, password: TEST_PASSWORD } } });
    expect(old.errors).toBeUndefined();
  });

  it('should still accept a link 59 minutes old', async () => {
    const user = await createUser(t.db);
    const token = await requestToken(user.email);
    clock.advance(59 * MINUTE);
    const res = await gql(t.url, { query: RESET_PASSWORD, variables: { input: { token, newPassword: NEW_PASSWORD } } });
    expect(res.errors).toBeUndefined();
  });

  it('should revoke every existing session of the user', async () => {
    const user = await createUser(t.db);
    const other = await gql<{ signIn: { accessToken: string } }>(t.url, {
      query: SIGN_IN,
      variables: { input: { email: user.email, password: TEST_PASSWORD } },
    });
    const otherToken = other.data?.signIn.accessToken as string;
    const token = await requestToken(user.email);
    const res = await gql(t.url, { query: RESET_PASSWORD, variables: { input: { token, newPassword: NEW_PASSWORD } } });
    expect(res.errors).toBeUndefined();
    for (const old of [user.token, otherToken]) {
      const after = await gql(t.url, { query: 'mutation { signOut }', as: old });
      expect(errorCode(after)).toBe('UNAUTHENTICATED');
    }
  });

  it('should answer true and send nothing for an unknown email', async () => {
    const res = await gql<{ requestPasswordReset: boolean }>(t.url, {
      query: REQUEST_PASSWORD_RESET,
      variables: { input: { email: 'nobody-at-all@example.org' } },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.requestPasswordReset).toBe(true);
    await t.app.get(PasswordResetService).idle();
    expect(await t.app.get(JobsService).drain(MAIL_QUEUE)).toBe(0);
    const rows: unknown[] = await t.db.query(
      `SELECT 1 FROM mail_message WHERE to_address = 'nobody-at-all@example.org'`,
    );
    expect(rows).toHaveLength(0);
    expect(smtp.messages).toHaveLength(0);
  });

  it('should answer true but send nothing once the per-email limit is reached', async () => {
    const user = await createUser(t.db);
    for (let i = 0; i < 5; i += 1) {
      const res = await gql<{ requestPasswordReset: boolean }>(t.url, {
        query: REQUEST_PASSWORD_RESET,
        variables: { input: { email: user.email.toUpperCase() } },
        headers: { 'x-forwarded-for': `198.51.100.${50 + i}` },
      });
      expect(res.data?.requestPasswordReset).toBe(true);
    }
    await settle();
    await smtp.waitFor(3);
    const rows: { n: string }[] = await t.db.query(
      'SELECT count(*) AS n FROM mail_message WHERE to_address = $1',
      [user.email],
    );
    expect(Number(rows[0].n)).toBe(3);
    // An hour later the allowance is back.
    clock.advance(HOUR + MINUTE);
    smtp.clear();
    await requestToken(user.email, '198.51.100.99');
  });

  it('should send nothing beyond the per-IP limit', async () => {
    const users = await Promise.all(Array.from({ length: 11 }, () => createUser(t.db)));
    for (const u of users) {
      await gql(t.url, {
        query: REQUEST_PASSWORD_RESET,
        variables: { input: { email: u.email } },
        headers: { 'x-forwarded-for': '203.0.113.200' },
      });
    }
    await t.app.get(PasswordResetService).idle();
    const rows: { n: string }[] = await t.db.query(
      'SELECT count(*) AS n FROM mail_message WHERE to_address = ANY($1)',
      [users.map((u) => u.email)],
    );
    expect(Number(rows[0].n)).toBe(10);
  });

  describe('unhappy paths', () => {
    it('should refuse a blank or malformed email with BAD_USER_INPUT on the email field', async () => {
      for (const email of ['', '   ', 'not-an-email', 'a@b']) {
        const res = await gql(t.url, { query: REQUEST_PASSWORD_RESET, variables: { input: { email } } });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.field).toBe('email');
      }
    });

    it('should refuse a weak new password without using up the link', async () => {
      const user = await createUser(t.db);
      const token = await requestToken(user.email);
      for (const weak of ['short1', 'password1234']) {
        const res = await gql(t.url, { query: RESET_PASSWORD, variables: { input: { token, newPassword: weak } } });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.field).toBe('newPassword');
      }
      const ok = await gql(t.url, { query: RESET_PASSWORD, variables: { input: { token, newPassword: NEW_PASSWORD } } });
      expect(ok.errors).toBeUndefined();
    });

    it('should refuse an unknown or malformed token with BAD_USER_INPUT, never a server error', async () => {
      for (const token of ['x'.repeat(43), 'not a token!', '']) {
        const res = await gql(t.url, { query: RESET_PASSWORD, variables: { input: { token, newPassword: NEW_PASSWORD } } });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
      }
    });
  });
});
