import { randomUUID } from 'node:crypto';

import { Role } from '@mic/shared-util';

import { PersonalDataSourceRegistry } from '../../../src/common/privacy/personal-data-source';
import { JobsService } from '../../../src/modules/jobs/jobs.service';
import { MAIL_QUEUE } from '../../../src/modules/mail/mail.service';
import {
  ACCOUNT_ANONYMISE_QUEUE,
  DATA_EXPORT_PURGE_QUEUE,
  DATA_EXPORT_QUEUE,
} from '../../../src/modules/privacy/privacy.jobs';
import { ME, SIGN_IN, SIGN_UP } from '../auth/auth.operations';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import { controlClock, DAY } from '../setup/clock';
import type { TestClock } from '../setup/clock';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import type { TestSmtpServer } from '../setup/smtp-test-server';
import { startSmtpTestServer } from '../setup/smtp-test-server';
import { readZip, rowsHolding, seedPersonalData } from './privacy-fixtures';
import type { SeededPerson } from './privacy-fixtures';

const REQUEST = `mutation { requestDataExport { id status progress downloadUrl expiresAt } }`;
const MY_EXPORT = `{ myDataExport { id status progress downloadUrl expiresAt } }`;
const DELETE = `mutation D($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { id scheduledFor } }`;
const MY_DELETION = `{ myAccountDeletion { id scheduledFor } }`;
const CANCEL = `mutation { cancelAccountDeletion }`;
const ANONYMISE = `mutation A($userId: ID!) { anonymiseUser(userId: $userId) }`;
const POLICY = `{ privacyPolicy { retention { accountDeletionGraceDays dataExportDays sessionDays sessionIdleHours } } }`;
const THREAD = `query T($id: ID!) { thread(id: $id) { comments(first: 10) { edges { node { body author { id name } } } } } }`;

type Export = {
  id: string;
  status: string;
  progress: number;
  downloadUrl: string | null;
  expiresAt: string | null;
};

describe('privacy rights', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let jobs: JobsService;
  let clock: TestClock;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    t = await createTestApp({ SMTP_URL: smtp.smtpUrl, JOBS_WORKERS: 'false' });
    await resetDatabase(t.db);
    jobs = t.app.get(JobsService);
    clock = controlClock(t);
  });

  afterAll(async () => {
    clock.restore();
    await t.close();
    await smtp.close();
  });

  const person = (label: string) =>
    createUser(t.db, {
      name: `${label} ${randomUUID().slice(0, 8)}`,
      email: `${label.toLowerCase().replace(/\W/g, '')}-${randomUUID().slice(0, 8)}@example.org`,
    });
  /** A fresh session at the (advanced) clock: factory sessions go idle when the clock moves days ahead. */
  const signIn = async (user: TestUser) => {
    const res = await gql<{ signIn: { accessToken: string } }>(t.url, {
      query: SIGN_IN,
      variables: { input: { email: user.email, password: TEST_PASSWORD } },
    });
    return res.data!.signIn.accessToken;
  };
  /** Runs a scheduled job now (workers and schedules are off in tests). */
  const runCron = async (queue: string) => {
    await jobs.send(queue, {});
    await jobs.drain(queue);
  };
  afterEach(() => {
    clock.restore();
    clock = controlClock(t);
  });
  const download = (id: string, token?: string) =>
    fetch(`${t.url}/data-exports/${id}/download`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('should have a personal-data source for every table that refers to a user', async () => {
    const fkTables: { table_name: string }[] = await t.db.query(
      `SELECT DISTINCT kcu.table_name
         FROM information_schema.referential_constraints rc
         JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema
         JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = rc.unique_constraint_name AND ccu.constraint_schema = rc.unique_constraint_schema
        WHERE ccu.table_name = 'app_user' AND kcu.table_schema = 'public'`,
    );
    // Columns that hold a user id without a foreign key, by the names the schema uses for them.
    const named: { table_name: string }[] = await t.db.query(
      `SELECT DISTINCT table_name FROM information_schema.columns
        WHERE table_schema = 'public' AND udt_name IN ('uuid', '_uuid')
          AND column_name ~ '^(user_id|author_id|actor_id|owner_id|reviewer_id|organiser_user_ids|[a-z_]*_by_id)$'
          AND NOT (table_name = 'stored_file' AND column_name = 'owner_id')`,
    );
    const covered = t.app.get(PersonalDataSourceRegistry).coveredTables();
    const missing = [...new Set([...fkTables, ...named].map((r) => r.table_name))]
      .filter((table) => table !== 'app_user' || !covered.has(table))
      .filter((table) => !covered.has(table));
    expect(fkTables.length).toBeGreaterThan(3);
    expect(missing).toEqual([]);
  });

  it('should state the retention periods from config', async () => {
    const res = await gql<{ privacyPolicy: { retention: Record<string, number> } }>(t.url, {
      query: POLICY,
    });
    expect(res.data?.privacyPolicy.retention).toMatchObject({
      accountDeletionGraceDays: 14,
      dataExportDays: 7,
    });
  });

  describe('export my data', () => {
    let subject: TestUser;
    let other: TestUser;
    let seeded: SeededPerson;

    beforeAll(async () => {
      subject = await person('Zelda Quillfeather');
      other = await person('Othniel Brackwater');
      seeded = await seedPersonalData(t.db, subject, other, t.url);
      smtp.clear();
    });

    it('should build a ZIP of every part for its owner only, email them, and purge it after 7 days', async () => {
      const first = await gql<{ requestDataExport: Export }>(t.url, {
        query: REQUEST,
        as: subject.token,
      });
      expect(first.errors).toBeUndefined();
      expect(first.data?.requestDataExport).toMatchObject({ status: 'QUEUED', downloadUrl: null });
      const again = await gql<{ requestDataExport: Export }>(t.url, {
        query: REQUEST,
        as: subject.token,
      });
      expect(again.data?.requestDataExport.id).toBe(first.data?.requestDataExport.id);
      const id = first.data!.requestDataExport.id;

      expect(await jobs.drain(DATA_EXPORT_QUEUE)).toBe(1);
      const ready = await gql<{ myDataExport: Export }>(t.url, {
        query: MY_EXPORT,
        as: subject.token,
      });
      expect(ready.data?.myDataExport).toMatchObject({ id, status: 'READY', progress: 100 });
      expect(ready.data?.myDataExport.downloadUrl).toContain(id);

      const res = await download(id, subject.token);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/zip');
      const entries = await readZip(Buffer.from(await res.arrayBuffer()));
      const names = [...entries.keys()];
      for (const part of [
        'profile.json',
        'memberships.json',
        'case-studies.json',
        'adoptions.json',
        'comments.json',
        'reactions.json',
        'registrations.json',
        'notifications.json',
        'follows.json',
        'audit-entries.json',
        'files.json',
      ]) {
        expect(names).toContain(part);
      }
      expect(names.some((n) => n.startsWith('uploads/') && n.endsWith('my-notes.txt'))).toBe(true);
      const all = [...entries.values()].join('\n');
      expect(entries.get('profile.json')).toContain(subject.email);
      expect(entries.get('comments.json')).toContain(seeded.commentText);
      expect(entries.get('registrations.json')).toContain(seeded.answerText);
      expect(entries.get('registrations.json')).toContain(seeded.sensitiveText);
      expect(entries.get('case-studies.json')).toContain(seeded.caseStudyTitle);
      expect(JSON.parse(entries.get('reactions.json')!)).toHaveLength(1);
      expect(JSON.parse(entries.get('follows.json')!).follows).toHaveLength(1);
      expect(entries.get('audit-entries.json')).toContain('privacy.export-requested');
      // Nothing of anyone else's.
      expect(all).not.toContain(other.email);
      expect(all).not.toContain(`Other person's comment`);
      expect(all).not.toContain(`Other person's answer`);
      expect(all).not.toContain(other.id);

      // Someone else, and no one, cannot download it.
      expect((await download(id, other.token)).status).toBe(404);
      expect([401, 404]).toContain((await download(id)).status);
      expect((await download(randomUUID(), subject.token)).status).toBe(404);
      expect((await download('not-an-id', subject.token)).status).toBe(400);

      // Emailed over real SMTP through the outbox.
      await jobs.drain(MAIL_QUEUE);
      const [mail] = await smtp.waitFor(1, (m) => m.subject === 'Your data export is ready');
      expect(mail.to).toContain(subject.email);
      expect(mail.text).toContain('/account/privacy');

      // After 7 days the download ends and the purge deletes the ZIP.
      clock.advance(7 * DAY + 60_000);
      const later = await signIn(subject);
      expect((await download(id, later)).status).toBe(404);
      await runCron(DATA_EXPORT_PURGE_QUEUE);
      const after = await gql<{ myDataExport: Export | null }>(t.url, {
        query: MY_EXPORT,
        as: later,
      });
      expect(after.data?.myDataExport).toBeNull();
      const files: unknown[] = await t.db.query(
        `SELECT 1 FROM stored_file WHERE owner_type = 'DATA_EXPORT' AND owner_id = $1`,
        [id],
      );
      expect(files).toHaveLength(0);
      // A new one can be asked for.
      const next = await gql<{ requestDataExport: Export }>(t.url, { query: REQUEST, as: later });
      expect(next.data?.requestDataExport.id).not.toBe(id);
      await jobs.drain(DATA_EXPORT_QUEUE);
    });

    it('should refuse an export to someone signed out', async () => {
      expect(errorCode(await gql(t.url, { query: REQUEST }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('delete my account', () => {
    it('should refuse a wrong or blank password, and slow guessing as sign-in does', async () => {
      const someone = await person('Wrong Password');
      const blank = await gql(t.url, {
        query: DELETE,
        variables: { input: { password: '' } },
        as: someone.token,
      });
      expect(errorCode(blank)).toBe('BAD_USER_INPUT');
      const wrong = await gql(t.url, {
        query: DELETE,
        variables: { input: { password: 'not-my-password' } },
        as: someone.token,
      });
      expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
      expect(wrong.errors?.[0].message).toBe('Your password is incorrect.');
      for (let i = 0; i < 6; i += 1) {
        await gql(t.url, {
          query: DELETE,
          variables: { input: { password: `guess-${i}` } },
          as: someone.token,
        });
      }
      const limited = await gql(t.url, {
        query: DELETE,
        variables: { input: { password: TEST_PASSWORD } },
        as: someone.token,
      });
      expect(limited.errors?.[0].message).toMatch(/Too many attempts/);
      const still = await gql<{ myAccountDeletion: unknown }>(t.url, {
        query: MY_DELETION,
        as: someone.token,
      });
      expect(still.data?.myAccountDeletion).toBeNull();
    });

    it('should keep the account when its owner signs in and cancels within the grace period', async () => {
      const keeper = await person('Kept Account');
      const res = await gql(t.url, {
        query: DELETE,
        variables: { input: { password: TEST_PASSWORD } },
        as: keeper.token,
      });
      expect(res.errors).toBeUndefined();
      expect(
        (await gql<{ me: unknown }>(t.url, { query: ME, as: keeper.token })).data?.me,
      ).toBeNull();
      clock.advance(13 * DAY);
      const token = await signIn(keeper);
      const pending = await gql<{ myAccountDeletion: { scheduledFor: string } | null }>(t.url, {
        query: MY_DELETION,
        as: token,
      });
      expect(pending.data?.myAccountDeletion).not.toBeNull();
      expect(
        (await gql<{ cancelAccountDeletion: boolean }>(t.url, { query: CANCEL, as: token })).data
          ?.cancelAccountDeletion,
      ).toBe(true);
      expect(errorCode(await gql(t.url, { query: CANCEL, as: token }))).toBe('NOT_FOUND');
      clock.advance(2 * DAY);
      await runCron(ACCOUNT_ANONYMISE_QUEUE);
      const me = await gql<{ me: { name: string; email: string } }>(t.url, {
        query: ME,
        as: await signIn(keeper),
      });
      expect(me.data?.me).toMatchObject({ name: keeper.name, email: keeper.email });
    });

    it('should anonymise the account after the grace period: no row holds their name, email or answers', async () => {
      const subject = await person('Yusuf Marrowfield');
      const other = await person('Ottoline Pemberley');
      const seeded = await seedPersonalData(t.db, subject, other, t.url);
      const res = await gql<{ deleteMyAccount: { scheduledFor: string } }>(t.url, {
        query: DELETE,
        variables: { input: { password: TEST_PASSWORD } },
        as: subject.token,
      });
      expect(res.errors).toBeUndefined();
      const due = new Date(res.data!.deleteMyAccount.scheduledFor).getTime();
      expect(due - Date.now()).toBeGreaterThan(13.9 * DAY);
      // Sessions revoked at once.
      expect(
        (await gql<{ me: unknown }>(t.url, { query: ME, as: subject.token })).data?.me,
      ).toBeNull();
      await jobs.drain(MAIL_QUEUE);
      await smtp.waitFor(
        1,
        (m) => m.subject === 'Your account will be deleted' && m.to.includes(subject.email),
      );

      // Not yet: the grace period has not ended.
      await runCron(ACCOUNT_ANONYMISE_QUEUE);
      expect(await rowsHolding(t.db, [subject.email])).not.toEqual([]);

      clock.advance(14 * DAY + 60_000);
      await runCron(ACCOUNT_ANONYMISE_QUEUE);

      expect(
        await rowsHolding(t.db, [
          subject.name,
          subject.email,
          seeded.answerText,
          seeded.sensitiveText,
        ]),
      ).toEqual([]);
      // Others' data is untouched.
      expect(await rowsHolding(t.db, [other.email])).not.toEqual([]);

      // Their comments keep their text under "Former member".
      const thread = await gql<{
        thread: { comments: { edges: { node: { body: string; author: { name: string } } }[] } };
      }>(t.url, { query: THREAD, variables: { id: seeded.threadId }, as: await signIn(other) });
      const theirs = thread.data?.thread.comments.edges.find((e) =>
        e.node.body.includes(seeded.commentText),
      );
      expect(theirs?.node.author.name).toBe('Former member');

      // The case study stays with the organisation, without an author.
      const cs: { author_id: string | null }[] = await t.db.query(
        `SELECT author_id FROM case_study WHERE title = $1`,
        [seeded.caseStudyTitle],
      );
      expect(cs).toEqual([{ author_id: null }]);

      // Signing in fails; the email can sign up again.
      const refused = await gql(t.url, {
        query: SIGN_IN,
        variables: { input: { email: subject.email, password: TEST_PASSWORD } },
      });
      expect(errorCode(refused)).toBe('UNAUTHENTICATED');
      const signUp = await gql<{ signUp: { user: { email: string } } }>(t.url, {
        query: SIGN_UP,
        variables: {
          input: {
            email: subject.email,
            password: 'a-brand-new-passphrase-2026',
            name: 'Yusuf Again',
          },
        },
      });
      expect(signUp.errors).toBeUndefined();
      expect(signUp.data?.signUp.user.email).toBe(subject.email);
    });
  });

  describe('admin anonymisation', () => {
    it('should let a regional admin anonymise someone at once, audited with ids only', async () => {
      const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
      const member = await person('Plain Member');
      const target = await person('Quentin Anonymous');
      expect(
        errorCode(
          await gql(t.url, {
            query: ANONYMISE,
            variables: { userId: target.id },
            as: member.token,
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await gql(t.url, { query: ANONYMISE, variables: { userId: admin.id }, as: admin.token }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await gql(t.url, {
            query: ANONYMISE,
            variables: { userId: randomUUID() },
            as: admin.token,
          }),
        ),
      ).toBe('NOT_FOUND');
      expect(
        errorCode(
          await gql(t.url, { query: ANONYMISE, variables: { userId: 'nope' }, as: admin.token }),
        ),
      ).toBe('BAD_USER_INPUT');
      const ok = await gql<{ anonymiseUser: boolean }>(t.url, {
        query: ANONYMISE,
        variables: { userId: target.id },
        as: admin.token,
      });
      expect(ok.data?.anonymiseUser).toBe(true);
      expect(await rowsHolding(t.db, [target.email, target.name])).toEqual([]);
      const audit: { details: Record<string, unknown> }[] = await t.db.query(
        `SELECT details FROM audit_log WHERE action = 'privacy.user-anonymised' AND target_id = $1 AND actor_id = $2`,
        [target.id, admin.id],
      );
      expect(audit).toHaveLength(1);
      expect(
        errorCode(
          await gql(t.url, { query: ANONYMISE, variables: { userId: target.id }, as: admin.token }),
        ),
      ).toBe('CONFLICT');
    });
  });
});
