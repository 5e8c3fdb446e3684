import { AuthRetention } from '../../../src/modules/auth/auth-retention';
import { MailRetention } from '../../../src/modules/mail/mail-retention';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import type { TestClock } from '../setup/clock';
import { controlClock, DAY, HOUR } from '../setup/clock';
import { resetDatabase } from '../setup/db-reset';
import { gql } from '../setup/gql';

const POLICY = `{ privacyPolicy { retention { endedSessionDays resetTokenDays sentMailDays dataExportDays } } }`;

describe('retention periods from config, and the jobs that keep them (issue #15)', () => {
  let t: TestApp;
  let clock: TestClock;

  beforeAll(async () => {
    t = await createTestApp({
      RETENTION_ENDED_SESSION_DAYS: '10',
      RETENTION_RESET_TOKEN_DAYS: '3',
      RETENTION_SENT_MAIL_DAYS: '20',
      JOBS_WORKERS: 'false',
    });
    await resetDatabase(t.db);
  });

  beforeEach(() => {
    clock = controlClock(t);
  });

  afterEach(() => clock.restore());

  afterAll(async () => {
    await t.close();
  });

  it('should state every period from config on the privacy notice', async () => {
    const res = await gql<{ privacyPolicy: { retention: Record<string, number> } }>(t.url, {
      query: POLICY,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.privacyPolicy.retention).toEqual({
      endedSessionDays: 10,
      resetTokenDays: 3,
      sentMailDays: 20,
      dataExportDays: 7,
    });
  });

  it('should delete sessions only once they ended longer ago than the period', async () => {
    const user = await createUser(t.db);
    const now = Date.now();
    const insert = async (expiresAt: number, revokedAt: number | null) =>
      (
        (await t.db.query(
          `INSERT INTO session (user_id, token_hash, expires_at, revoked_at) VALUES ($1, md5(random()::text) || md5(random()::text), $2, $3) RETURNING id`,
          [user.id, new Date(expiresAt), revokedAt === null ? null : new Date(revokedAt)],
        )) as { id: string }[]
      )[0].id;
    const live = await insert(now + 30 * DAY, null);
    const expired = await insert(now - 2 * DAY, null);
    const signedOut = await insert(now + 30 * DAY, now - HOUR);
    const purge = () => t.app.get(AuthRetention).purge();
    const left = async () =>
      (
        (await t.db.query(`SELECT id FROM session WHERE id = ANY($1)`, [
          [live, expired, signedOut],
        ])) as { id: string }[]
      )
        .map((r) => r.id)
        .sort();

    await purge();
    expect(await left()).toEqual([live, expired, signedOut].sort());
    clock.advance(7 * DAY);
    await purge();
    // Expired 9 days ago, signed out 7 days ago: still within 10 days.
    expect(await left()).toEqual([live, expired, signedOut].sort());
    clock.advance(4 * DAY);
    await purge();
    // Expired 13 days ago and signed out 11 days ago: gone; the live one stays.
    expect(await left()).toEqual([live]);
  });

  it('should delete used or expired password-reset links after their period', async () => {
    const user = await createUser(t.db);
    const now = Date.now();
    const insert = async (expiresAt: number, usedAt: number | null) =>
      (
        (await t.db.query(
          `INSERT INTO password_reset_token (user_id, token_hash, created_at, expires_at, used_at)
         VALUES ($1, md5(random()::text) || md5(random()::text), $2, $3, $4) RETURNING id`,
          [
            user.id,
            new Date(now - HOUR),
            new Date(expiresAt),
            usedAt === null ? null : new Date(usedAt),
          ],
        )) as { id: string }[]
      )[0].id;
    const live = await insert(now + HOUR, null);
    const used = await insert(now + HOUR, now - 60_000);
    const left = async () =>
      (
        (await t.db.query(`SELECT id FROM password_reset_token WHERE id = ANY($1)`, [
          [live, used],
        ])) as { id: string }[]
      ).map((r) => r.id);
    clock.advance(2 * DAY);
    await t.app.get(AuthRetention).purge();
    expect((await left()).sort()).toEqual([live, used].sort());
    clock.advance(2 * DAY);
    await t.app.get(AuthRetention).purge();
    // Used 4 days ago, expired (unused) 4 days ago less an hour: both past 3 days.
    expect(await left()).toEqual([]);
  });

  it('should empty the text of sent emails after their period, keeping the delivery record and unsent mail', async () => {
    const insert = async (status: string, sentAt: number | null) =>
      (
        (await t.db.query(
          `INSERT INTO mail_message (idempotency_key, to_address, subject, text_body, html_body, attachments, status, sent_at)
         VALUES ('retention:' || gen_random_uuid(), 'someone@example.org', 'Hello', 'Dear Someone, private text', '<p>private</p>',
                 '[{"filename":"a.ics","content":"x"}]'::jsonb, $1, $2) RETURNING id`,
          [status, sentAt === null ? null : new Date(sentAt)],
        )) as { id: string }[]
      )[0].id;
    const sent = await insert('SENT', Date.now() - DAY);
    const failed = await insert('FAILED', null);
    const body = async (id: string) =>
      (
        (await t.db.query(
          `SELECT text_body, html_body, attachments, subject, to_address FROM mail_message WHERE id = $1`,
          [id],
        )) as Record<string, unknown>[]
      )[0];
    clock.advance(18 * DAY);
    expect(await t.app.get(MailRetention).purge()).toBe(0);
    expect((await body(sent)).text_body).toContain('private text');
    clock.advance(2 * DAY);
    expect(await t.app.get(MailRetention).purge()).toBe(1);
    expect(await body(sent)).toEqual({
      text_body: '',
      html_body: null,
      attachments: [],
      subject: 'Hello',
      to_address: 'someone@example.org',
    });
    expect((await body(failed)).text_body).toContain('private text');
  });
});
