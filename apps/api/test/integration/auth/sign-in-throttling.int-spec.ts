import { hashToken } from '../../../src/modules/auth/session-token';
import type { TestClock } from '../setup/clock';
import { controlClock, MINUTE } from '../setup/clock';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import type { GqlResult } from '../setup/gql';
import { errorCode, gql } from '../setup/gql';
import type { TestSmtpServer } from '../setup/smtp-test-server';
import { startSmtpTestServer } from '../setup/smtp-test-server';
import { JobsService } from '../../../src/modules/jobs/jobs.service';
import { MAIL_QUEUE } from '../../../src/modules/mail/mail.service';
import { PasswordResetService } from '../../../src/modules/auth/password-reset.service';
import { createUser, TEST_PASSWORD, testPasswordHash } from '../factories/user.factory';
import { REQUEST_PASSWORD_RESET, RESET_PASSWORD, SIGN_IN_DEVICE } from './auth.operations';

interface SignInData {
  signIn: { accessToken: string; deviceToken: string; user: { id: string; email: string } };
}

const ATTACKER = '198.51.100.66';
const OWNER = '203.0.113.20';
const NHS_PROXY = '192.0.2.10';

describe('sign-in throttling (progressive delay, device cookies, shared proxies)', () => {
  let t: TestApp;
  let clock: TestClock;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    // TRUST_PROXY is loopback by default, so these tests stand in for a proxy and set X-Forwarded-For.
    t = await createTestApp({ SMTP_URL: smtp.smtpUrl, JOBS_WORKERS: 'false' });
    await resetDatabase(t.db);
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  beforeEach(() => {
    clock = controlClock(t);
  });

  afterEach(() => clock.restore());

  function signIn(
    email: string,
    password: string,
    ip: string,
    device?: { token?: string; cookie?: string },
  ): Promise<GqlResult<SignInData>> {
    return gql<SignInData>(t.url, {
      query: SIGN_IN_DEVICE,
      variables: { input: { email, password, deviceToken: device?.token ?? null } },
      headers: { 'x-forwarded-for': ip },
      cookie: device?.cookie,
    });
  }

  async function attack(email: string, times: number, ip = ATTACKER): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      const res = await signIn(email, `wrong-guess-${i}`, ip);
      expect(res.errors?.[0].message).toBe('Email or password is incorrect.');
    }
  }

  it('should make further attempts wait after 5 failures, without checking the password, then let them through', async () => {
    const user = await createUser(t.db);
    await attack(user.email, 5);
    const blocked = await signIn(user.email, TEST_PASSWORD, OWNER);
    expect(errorCode(blocked)).toBe('UNAUTHENTICATED');
    expect(blocked.errors?.[0].message).toBe('Too many attempts, try again in 30 seconds.');
    // A wrong password during the wait is not even counted.
    const during = await signIn(user.email, 'wrong-again', ATTACKER);
    expect(during.errors?.[0].message).toMatch(/^Too many attempts, try again in \d+ seconds\.$/);
    const rows: { n: string }[] = await t.db.query('SELECT count(*) AS n FROM sign_in_attempt WHERE key_hash = $1', [
      hashToken(`account:${user.email}`),
    ]);
    expect(Number(rows[0].n)).toBe(5);

    clock.advance(31_000);
    // The next failure doubles the wait.
    await signIn(user.email, 'wrong-after-wait', ATTACKER);
    clock.advance(31_000);
    const doubled = await signIn(user.email, TEST_PASSWORD, OWNER);
    expect(doubled.errors?.[0].message).toMatch(/try again in (29|30) seconds/);
    clock.advance(30_000);
    const ok = await signIn(user.email, TEST_PASSWORD, OWNER);
    expect(ok.errors).toBeUndefined();
  });

  it('should let the owner with a device cookie sign in straight after 5 wrong passwords from address A', async () => {
    const user = await createUser(t.db);
    const first = await signIn(user.email, TEST_PASSWORD, OWNER);
    const deviceToken = first.data?.signIn.deviceToken as string;
    expect(deviceToken).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
    const setCookie = first.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/mic_device=/);

    await attack(user.email, 5);
    const attackerNow = await signIn(user.email, TEST_PASSWORD, ATTACKER);
    expect(attackerNow.errors?.[0].message).toMatch(/Too many attempts/);

    // The device token in the input (as the web sends it) or the device cookie (API clients).
    const viaInput = await signIn(user.email, TEST_PASSWORD, OWNER, { token: deviceToken });
    expect(viaInput.errors).toBeUndefined();
    // The owner's success does not lift the attacker's wait.
    expect((await signIn(user.email, 'another-guess', ATTACKER)).errors?.[0].message).toMatch(/Too many attempts/);
    const viaCookie = await signIn(user.email, TEST_PASSWORD, OWNER, { cookie: `mic_device=${deviceToken}` });
    expect(viaCookie.errors).toBeUndefined();
  });

  it('should give a device its own counter, and not honour a device token of another account', async () => {
    const owner = await createUser(t.db);
    const other = await createUser(t.db);
    const deviceToken = (await signIn(owner.email, TEST_PASSWORD, OWNER)).data?.signIn.deviceToken as string;
    const otherDevice = (await signIn(other.email, TEST_PASSWORD, OWNER)).data?.signIn.deviceToken as string;

    await attack(owner.email, 5);
    const borrowed = await signIn(owner.email, TEST_PASSWORD, ATTACKER, { token: otherDevice });
    expect(borrowed.errors?.[0].message).toMatch(/Too many attempts/);

    for (let i = 0; i < 5; i += 1) {
      const res = await signIn(owner.email, `device-typo-${i}`, OWNER, { token: deviceToken });
      expect(res.errors?.[0].message).toBe('Email or password is incorrect.');
    }
    const deviceLimited = await signIn(owner.email, TEST_PASSWORD, OWNER, { token: deviceToken });
    expect(deviceLimited.errors?.[0].message).toMatch(/Too many attempts/);
  });

  it('should let the owner back in by resetting the password', async () => {
    const user = await createUser(t.db);
    await attack(user.email, 5);
    await gql(t.url, { query: REQUEST_PASSWORD_RESET, variables: { input: { email: user.email } } });
    await t.app.get(PasswordResetService).idle();
    await t.app.get(JobsService).drain(MAIL_QUEUE);
    const [mail] = await smtp.waitFor(1, (m) => m.to.includes(user.email));
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    const reset = await gql(t.url, {
      query: RESET_PASSWORD,
      variables: { input: { token, newPassword: 'new-orchard-lantern-2027' } },
    });
    expect(reset.errors).toBeUndefined();
    const again = await signIn(user.email, 'new-orchard-lantern-2027', OWNER);
    expect(again.errors).toBeUndefined();
  });

  it('should sign in 200 different accounts from one busy proxy address, even after many failures from it', async () => {
    const orgs: { id: string }[] = await t.db.query('SELECT id FROM organisation LIMIT 1');
    const hash = await testPasswordHash();
    const emails: { email: string }[] = await t.db.query(
      `INSERT INTO app_user (email, name, password_hash, organisation_id, verified_at, verification_method)
       SELECT 'colleague-' || n || '@nhs-trust.example', 'Colleague ' || n, $1, $2, now(), 'SEEDED'
         FROM generate_series(1, 200) AS n RETURNING email`,
      [hash, orgs[0].id],
    );
    expect(emails).toHaveLength(200);

    // Colleagues mistyping: more failures from the shared address than its threshold (50).
    for (let i = 0; i < 60; i += 1) {
      await signIn(emails[i].email, 'mistyped-password', NHS_PROXY);
    }

    const results: GqlResult<SignInData>[] = [];
    for (let i = 0; i < emails.length; i += 4) {
      results.push(
        ...(await Promise.all(emails.slice(i, i + 4).map((e) => signIn(e.email, TEST_PASSWORD, NHS_PROXY)))),
      );
    }
    const failed = results.filter((r) => r.errors);
    expect(failed.map((r) => r.errors?.[0].message)).toEqual([]);
    expect(results).toHaveLength(200);

    // Failures from the busy address are slowed ("too many attempts"), correct passwords are not.
    const failure = await signIn(emails[199].email, 'mistyped-again', NHS_PROXY);
    expect(failure.errors?.[0].message).toMatch(/Too many attempts/);
    clock.advance(MINUTE);
    const success = await signIn(emails[199].email, TEST_PASSWORD, NHS_PROXY);
    expect(success.errors).toBeUndefined();
  }, 120_000);
});
