import { Role } from '@mic/shared-util';

import { JobsService } from '../../../src/modules/jobs/jobs.service';
import { MAIL_QUEUE, MailService } from '../../../src/modules/mail/mail.service';
import { REGISTRATION_NOTICE_QUEUE, REMINDER_QUEUE } from '../../../src/modules/events/jobs/event-queues';
import { createEvent } from '../factories/event.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import type { CaughtMail, TestSmtpServer } from '../setup/smtp-test-server';
import { startSmtpTestServer } from '../setup/smtp-test-server';
import { ACCEPT_OFFER, CANCEL_EVENT, CANCEL_REGISTRATION, PUBLISH_EVENT, REGISTER, UPDATE_EVENT } from './events.operations';

/** Parses an iCalendar text into unfolded property lines (NAME -> values). */
function parseIcs(text: string): Map<string, string[]> {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const props = new Map<string, string[]>();
  for (const line of unfolded.split(/\r\n/)) {
    const idx = line.indexOf(':');
    if (idx < 0) continue;
    const name = line.slice(0, idx).split(';')[0];
    props.set(name, [...(props.get(name) ?? []), line.slice(idx + 1)]);
  }
  return props;
}

function icsOf(mail: CaughtMail): Map<string, string[]> {
  const att = mail.attachments.find((a) => a.contentType.startsWith('text/calendar') || a.filename?.endsWith('.ics'));
  if (!att) throw new Error(`no .ics on "${mail.subject}"`);
  const text = Buffer.from(att.content, 'base64').toString('utf8');
  expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  return parseIcs(text);
}

const icsDate = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

describe('event emails', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let organiser: TestUser;
  let jobs: JobsService;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    t = await createTestApp({ SMTP_URL: smtp.smtpUrl, JOBS_WORKERS: 'false' });
    await resetDatabase(t.db);
    organiser = await createUser(t.db, { roles: [{ role: Role.ORGANISER }] });
    jobs = t.app.get(JobsService);
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  beforeEach(() => smtp.clear());

  /** Runs due registration-notice jobs, then the mail jobs they and others queued. */
  async function deliverAll(): Promise<void> {
    await jobs.drain(REGISTRATION_NOTICE_QUEUE);
    await jobs.drain(MAIL_QUEUE);
  }

  it('should email a confirmation with a valid .ics, and updates with the same UID and a higher SEQUENCE', async () => {
    const startsAt = new Date(Date.UTC(2031, 5, 10, 8, 30));
    const event = await createEvent(t.db, { organiserId: organiser.id, startsAt, capacity: 1, title: 'Anchor learning day' });
    const user = await createUser(t.db, { email: 'delegate.one@example.org', name: 'Dana Delegate' });
    const res = await gql<{ registerForEvent: { id: string } }>(t.url, {
      query: REGISTER,
      variables: { input: { eventId: event.id, consent: true } },
      as: user.token,
    });
    expect(res.errors).toBeUndefined();
    await deliverAll();
    const [mail] = await smtp.waitFor(1, (m) => m.to.includes('delegate.one@example.org'));
    expect(mail.subject).toBe('Your place is confirmed: Anchor learning day');
    expect(mail.text).toContain('Dear Dana Delegate');
    expect(mail.text).toContain('Tuesday, 10 June 2031 at 09:30'); // Europe/London (BST)
    const ics = icsOf(mail);
    expect(ics.get('METHOD')).toEqual(['REQUEST']);
    expect(ics.get('UID')).toEqual([`event-${event.id}@commons.midlands.example`]);
    expect(ics.get('DTSTART')).toEqual([icsDate(startsAt)]);
    expect(ics.get('SEQUENCE')).toEqual(['0']);

    // A retried send job (e.g. after a worker crash) does not send again.
    const rows: { id: string }[] = await t.db.query(`SELECT id FROM mail_message WHERE to_address = 'delegate.one@example.org'`);
    expect(await t.app.get(MailService).deliver(rows[0].id)).toBe('skipped');
    // Registering again is idempotent and enqueues nothing new.
    await gql(t.url, { query: REGISTER, variables: { input: { eventId: event.id, consent: true } }, as: user.token });
    await deliverAll();
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.messages.filter((m) => m.to.includes('delegate.one@example.org'))).toHaveLength(1);

    // Moving the event sends the same UID with SEQUENCE 1.
    const moved = new Date(startsAt.getTime() + 86_400_000);
    const upd = await gql(t.url, {
      query: UPDATE_EVENT,
      variables: { input: { id: event.id, startsAt: moved.toISOString(), endsAt: new Date(moved.getTime() + 3_600_000).toISOString() } },
      as: organiser.token,
    });
    expect(upd.errors).toBeUndefined();
    await deliverAll();
    const [changed] = await smtp.waitFor(1, (m) => m.subject.startsWith('Event updated'));
    const ics2 = icsOf(changed);
    expect(ics2.get('UID')).toEqual(ics.get('UID'));
    expect(ics2.get('SEQUENCE')).toEqual(['1']);
    expect(ics2.get('DTSTART')).toEqual([icsDate(moved)]);
  });

  it('should email the offer (not the waiting list it has left), and a cancelled-event notice with METHOD:CANCEL', async () => {
    const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 1, title: 'Data clinic' });
    const a = await createUser(t.db, { email: 'a.first@example.org' });
    const b = await createUser(t.db, { email: 'b.second@example.org' });
    const ra = await gql<{ registerForEvent: { id: string } }>(t.url, { query: REGISTER, variables: { input: { eventId: event.id, consent: true } }, as: a.token });
    await gql(t.url, { query: REGISTER, variables: { input: { eventId: event.id, consent: true } }, as: b.token });
    await gql(t.url, { query: CANCEL_REGISTRATION, variables: { id: ra.data!.registerForEvent.id }, as: a.token });
    await deliverAll();
    // B's first email is built when it is sent: B already holds an offer by then.
    const toB = await smtp.waitFor(1, (m) => m.to.includes('b.second@example.org'));
    expect(toB.map((m) => m.subject)).toEqual(['A place is available: Data clinic']);
    expect(toB.find((m) => m.subject.startsWith('A place'))!.text).toMatch(/\/my\/registrations\/[0-9a-f-]+/);
    const [cancelMail] = await smtp.waitFor(1, (m) => m.subject === 'Registration cancelled: Data clinic');
    expect(icsOf(cancelMail).get('METHOD')).toEqual(['CANCEL']);

    smtp.clear();
    await gql(t.url, { query: CANCEL_EVENT, variables: { id: event.id }, as: organiser.token });
    await deliverAll();
    const [cancelled] = await smtp.waitFor(1, (m) => m.subject === 'Event cancelled: Data clinic');
    const ics = icsOf(cancelled);
    expect(ics.get('METHOD')).toEqual(['CANCEL']);
    expect(ics.get('STATUS')).toEqual(['CANCELLED']);
    expect(ics.get('SEQUENCE')).toEqual(['1']);
    const notes: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM notification WHERE kind = 'event.cancelled' AND user_id = $1`, [b.id]);
    expect(notes[0].n).toBe(1);
  });

  describe('first email after registering', () => {
    /** A (confirmed) holds the only place; B registers and is waitlisted. */
    async function fullEventWithWaitingDelegate(title: string, email: string) {
      const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 1, title });
      const a = await createUser(t.db);
      const b = await createUser(t.db, { email });
      const ra = await gql<{ registerForEvent: { id: string } }>(t.url, { query: REGISTER, variables: { input: { eventId: event.id, consent: true } }, as: a.token });
      const rb = await gql<{ registerForEvent: { id: string; status: string } }>(t.url, { query: REGISTER, variables: { input: { eventId: event.id, consent: true } }, as: b.token });
      expect(rb.data?.registerForEvent.status).toBe('WAITLISTED');
      return { a, b, aId: ra.data!.registerForEvent.id, bId: rb.data!.registerForEvent.id };
    }

    async function offerAndConfirm(a: TestUser, aId: string, b: TestUser, bId: string): Promise<void> {
      await gql(t.url, { query: CANCEL_REGISTRATION, variables: { id: aId }, as: a.token });
      const accepted = await gql<{ acceptOffer: { status: string } }>(t.url, { query: ACCEPT_OFFER, variables: { id: bId }, as: b.token });
      expect(accepted.data?.acceptOffer.status).toBe('CONFIRMED');
    }

    it('should not send "waiting list" after a confirmation when the waiting-list email was queued but not yet delivered', async () => {
      const email = 'wait.then.confirm@example.org';
      const { a, b, aId, bId } = await fullEventWithWaitingDelegate('Procurement surgery', email);
      // The notice job runs: "waiting list" is in the outbox, not yet sent.
      await jobs.drain(REGISTRATION_NOTICE_QUEUE);
      const queued: { subject: string; status: string }[] = await t.db.query(`SELECT subject, status FROM mail_message WHERE to_address = $1`, [email]);
      expect(queued).toEqual([{ subject: 'You are on the waiting list: Procurement surgery', status: 'PENDING' }]);

      await offerAndConfirm(a, aId, b, bId);
      await deliverAll();

      const toB = await smtp.waitFor(1, (m) => m.to.includes(email));
      await new Promise((r) => setTimeout(r, 200));
      expect(smtp.messages.filter((m) => m.to.includes(email)).map((m) => m.subject)).toEqual(['Your place is confirmed: Procurement surgery']);
      expect(toB[0].text).toMatch(/is confirmed/);
      const statuses: { subject: string; status: string }[] = await t.db.query(
        `SELECT subject, status FROM mail_message WHERE to_address = $1 ORDER BY created_at`,
        [email],
      );
      expect(statuses).toEqual([
        { subject: 'You are on the waiting list: Procurement surgery', status: 'SUPERSEDED' },
        { subject: 'A place is available: Procurement surgery', status: 'SUPERSEDED' },
        { subject: 'Your place is confirmed: Procurement surgery', status: 'SENT' },
      ]);
    });

    it('should build the first email from the current registration when the notice job runs late', async () => {
      const email = 'late.notice@example.org';
      const { a, b, aId, bId } = await fullEventWithWaitingDelegate('Estates forum', email);
      await offerAndConfirm(a, aId, b, bId);
      // The notice job only runs now, after the offer and the confirmation.
      await deliverAll();
      await smtp.waitFor(1, (m) => m.to.includes(email));
      await new Promise((r) => setTimeout(r, 200));
      expect(smtp.messages.filter((m) => m.to.includes(email)).map((m) => m.subject)).toEqual(['Your place is confirmed: Estates forum']);
    });
  });

  it('should send reminders with the calendar attachment from a job scheduled on publishing', async () => {
    const startsAt = new Date(Date.now() + 10 * 86_400_000);
    const event = await createEvent(t.db, { organiserId: organiser.id, status: 'DRAFT', startsAt, title: 'Reminder day' });
    await gql(t.url, { query: PUBLISH_EVENT, variables: { id: event.id }, as: organiser.token });
    const user = await createUser(t.db, { email: 'remind.me@example.org' });
    await gql(t.url, { query: REGISTER, variables: { input: { eventId: event.id, consent: true } }, as: user.token });
    // Advance the clock for the scheduled reminder job.
    await t.db.query(`UPDATE pgboss.job SET start_after = now() - interval '1 second' WHERE name = $1 AND data->>'eventId' = $2`, [REMINDER_QUEUE, event.id]);
    expect(await jobs.drain(REMINDER_QUEUE)).toBe(1);
    await deliverAll();
    const [reminder] = await smtp.waitFor(1, (m) => m.subject === 'Reminder: Reminder day');
    expect(icsOf(reminder).get('UID')).toEqual([`event-${event.id}@commons.midlands.example`]);
  });

  it('should email a filtered set of delegates once per idempotency key', async () => {
    const event = await createEvent(t.db, { organiserId: organiser.id, title: 'Bulk day' });
    const a = await createUser(t.db, { email: 'bulk.a@example.org', icsOdsCodes: ['QUA'] });
    const b = await createUser(t.db, { email: 'bulk.b@example.org', icsOdsCodes: ['QHL'] });
    for (const u of [a, b]) await gql(t.url, { query: REGISTER, variables: { input: { eventId: event.id, consent: true } }, as: u.token });
    const send = () =>
      gql<{ emailDelegates: number }>(t.url, {
        query: 'mutation($input: EmailDelegatesInput!) { emailDelegates(input: $input) }',
        variables: { input: { eventId: event.id, filter: { icsOdsCode: 'QUA' }, subject: 'Parking', body: 'Use the **north** car park.', idempotencyKey: 'parking-note-1' } },
        as: organiser.token,
      });
    expect((await send()).data!.emailDelegates).toBe(1);
    expect((await send()).data!.emailDelegates).toBe(0);
    expect(errorCode(await gql(t.url, {
      query: 'mutation($input: EmailDelegatesInput!) { emailDelegates(input: $input) }',
      variables: { input: { eventId: event.id, subject: 'x', body: 'y', idempotencyKey: 'sneaky-key-1' } },
      as: a.token,
    }))).toBe('FORBIDDEN');
    await deliverAll();
    const [mail] = await smtp.waitFor(1, (m) => m.subject === 'Parking (Bulk day)');
    expect(mail.to).toContain('bulk.a@example.org');
    expect(mail.text).toContain('north');
    expect(smtp.messages.filter((m) => m.subject === 'Parking (Bulk day)')).toHaveLength(1);
  });
});
