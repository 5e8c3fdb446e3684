import { Role } from '@mic/shared-util';

import { JobsService } from '../../../src/modules/jobs/jobs.service';
import { MAIL_QUEUE } from '../../../src/modules/mail/mail.service';
import { createEvent } from '../factories/event.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import type { TestSmtpServer } from '../setup/smtp-test-server';
import { startSmtpTestServer } from '../setup/smtp-test-server';
import { CHECK_IN, MOVE_REGISTRATION, REGISTER } from './events.operations';

interface Reg {
  id: string;
  status: string;
  waitlistPosition: number | null;
  offerExpiresAt: string | null;
  eventId: string;
}

const QUESTIONS = [
  { id: 'role', label: 'Role', type: 'CHOICE', required: true, sensitive: false, options: ['A', 'B'] },
  { id: 'diet', label: 'Dietary needs', type: 'TEXT', required: false, sensitive: true, options: [] },
];

describe('moveRegistration', () => {
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

  async function registered(user: TestUser, eventId: string, answers?: unknown[]): Promise<Reg> {
    const res = await gql<{ registerForEvent: Reg }>(t.url, {
      query: REGISTER,
      variables: { input: { eventId, consent: true, answers } },
      as: user.token,
    });
    expect(res.errors).toBeUndefined();
    return res.data!.registerForEvent;
  }

  function move(as: TestUser, registrationId: string, toEventId: string) {
    return gql<{ moveRegistration: Reg }>(t.url, { query: MOVE_REGISTRATION, variables: { input: { registrationId, toEventId } }, as: as.token });
  }

  async function status(id: string): Promise<string> {
    const rows: { status: string }[] = await t.db.query('SELECT status FROM event_registration WHERE id = $1', [id]);
    return rows[0].status;
  }

  it('should move a confirmed delegate into a free place, copy matching answers, record both sides and email with .ics', async () => {
    smtp.clear();
    const from = await createEvent(t.db, { organiserId: organiser.id, capacity: 5, questions: QUESTIONS, title: 'Source day' });
    const to = await createEvent(t.db, {
      organiserId: organiser.id,
      capacity: 5,
      title: 'Target day',
      questions: [QUESTIONS[0], QUESTIONS[1], { id: 'extra', label: 'Extra', type: 'TEXT', required: true, sensitive: false, options: [] }],
    });
    const user = await createUser(t.db, { email: 'mover@example.org', name: 'Morgan Mover' });
    const reg = await registered(user, from.id, [{ questionId: 'role', value: 'B' }, { questionId: 'diet', value: 'Vegan' }]);

    const res = await move(organiser, reg.id, to.id);
    expect(res.errors).toBeUndefined();
    const moved = res.data!.moveRegistration;
    expect(moved).toMatchObject({ status: 'CONFIRMED', eventId: to.id, waitlistPosition: null });
    expect(moved.id).not.toBe(reg.id);
    expect(await status(reg.id)).toBe('CANCELLED');

    const stored: { answers: object; sensitive_answers: object }[] = await t.db.query(
      'SELECT answers, sensitive_answers FROM event_registration WHERE id = $1',
      [moved.id],
    );
    expect(stored[0]).toEqual({ answers: { role: 'B' }, sensitive_answers: { diet: 'Vegan' } });

    const history: { registration_id: string; from_status: string | null; to_status: string; actor_id: string; reason: string; from_event_id: string | null; to_event_id: string | null; related_registration_id: string }[] =
      await t.db.query(
        `SELECT registration_id, from_status, to_status, actor_id, reason, from_event_id, to_event_id, related_registration_id
           FROM event_registration_change WHERE reason = 'MOVED' AND registration_id = ANY($1) ORDER BY to_status`,
        [[reg.id, moved.id]],
      );
    expect(history).toEqual([
      { registration_id: reg.id, from_status: 'CONFIRMED', to_status: 'CANCELLED', actor_id: organiser.id, reason: 'MOVED', from_event_id: null, to_event_id: to.id, related_registration_id: moved.id },
      { registration_id: moved.id, from_status: null, to_status: 'CONFIRMED', actor_id: organiser.id, reason: 'MOVED', from_event_id: from.id, to_event_id: null, related_registration_id: reg.id },
    ]);

    await jobs.drain(MAIL_QUEUE);
    const [mail] = await smtp.waitFor(1, (m) => m.to.includes('mover@example.org') && m.subject.includes('moved'));
    expect(mail.subject).toBe('Your registration has moved to Target day');
    expect(mail.text).toContain('from Source day');
    const files = mail.attachments.map((a) => a.filename).sort();
    expect(files).toEqual(['cancelled.ics', 'invite.ics']);
    const invite = Buffer.from(mail.attachments.find((a) => a.filename === 'invite.ics')!.content, 'base64').toString('utf8');
    expect(invite).toContain('METHOD:REQUEST');
    expect(invite).toContain(`UID:event-${to.id}@`);
    const cancel = Buffer.from(mail.attachments.find((a) => a.filename === 'cancelled.ics')!.content, 'base64').toString('utf8');
    expect(cancel).toContain('METHOD:CANCEL');
    expect(cancel).toContain(`UID:event-${from.id}@`);

    // The moved registration is no longer active: moving it again is a conflict.
    expect(errorCode(await move(organiser, reg.id, to.id))).toBe('CONFLICT');
  });

  it('should waitlist the delegate when the target is full, and offer the freed source place to its waiting list', async () => {
    const from = await createEvent(t.db, { organiserId: organiser.id, capacity: 1 });
    const to = await createEvent(t.db, { organiserId: organiser.id, capacity: 1 });
    const [a, b, c] = [await createUser(t.db), await createUser(t.db), await createUser(t.db)];
    const regA = await registered(a, from.id);
    const regB = await registered(b, from.id);
    expect(regB.status).toBe('WAITLISTED');
    await registered(c, to.id);

    const res = await move(organiser, regA.id, to.id);
    expect(res.errors).toBeUndefined();
    expect(res.data!.moveRegistration).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1, eventId: to.id });
    expect(await status(regA.id)).toBe('CANCELLED');
    const offered: { status: string; offer_expires_at: Date | null }[] = await t.db.query(
      'SELECT status, offer_expires_at FROM event_registration WHERE id = $1',
      [regB.id],
    );
    expect(offered[0].status).toBe('OFFERED');
    expect(offered[0].offer_expires_at).not.toBeNull();
  });

  it('should refuse non-organisers, organisers of only one event, people already in the target and the same event', async () => {
    const other = await createUser(t.db, { roles: [{ role: Role.ORGANISER }] });
    const mine = await createEvent(t.db, { organiserId: organiser.id });
    const theirs = await createEvent(t.db, { organiserId: other.id });
    const mine2 = await createEvent(t.db, { organiserId: organiser.id });
    const member = await createUser(t.db);
    const reg = await registered(member, mine.id);

    expect(errorCode(await move(member, reg.id, mine2.id))).toBe('FORBIDDEN');
    expect(errorCode(await move(organiser, reg.id, theirs.id))).toBe('FORBIDDEN');
    expect(errorCode(await move(other, reg.id, theirs.id))).toBe('FORBIDDEN');
    expect(errorCode(await move(organiser, reg.id, mine.id))).toBe('CONFLICT');
    await registered(member, mine2.id);
    expect(errorCode(await move(organiser, reg.id, mine2.id))).toBe('CONFLICT');
    expect(await status(reg.id)).toBe('CONFIRMED');

    const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
    const res = await move(admin, reg.id, theirs.id);
    expect(res.errors).toBeUndefined();
    expect(res.data!.moveRegistration.status).toBe('CONFIRMED');
  });

  it('should refuse to move a delegate who has already checked in, leaving both events unchanged', async () => {
    const from = await createEvent(t.db, { organiserId: organiser.id, capacity: 5 });
    const to = await createEvent(t.db, { organiserId: organiser.id, capacity: 5 });
    const member = await createUser(t.db);
    const reg = await registered(member, from.id);
    const checkedIn = await gql(t.url, { query: CHECK_IN, variables: { id: reg.id }, as: organiser.token });
    expect(checkedIn.errors).toBeUndefined();

    const res = await move(organiser, reg.id, to.id);
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors![0].message).toBe('This delegate has already checked in; they cannot be moved.');
    // Regional admins are refused too: the rule is about the registration, not who asks.
    const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
    expect(errorCode(await move(admin, reg.id, to.id))).toBe('CONFLICT');

    expect(await status(reg.id)).toBe('CONFIRMED');
    const inTarget: { n: number }[] = await t.db.query('SELECT count(*)::int AS n FROM event_registration WHERE event_id = $1', [to.id]);
    expect(inTarget[0].n).toBe(0);
    const moves: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM event_registration_change WHERE registration_id = $1 AND reason = 'MOVED'`,
      [reg.id],
    );
    expect(moves[0].n).toBe(0);
  });

  it('should never oversell under concurrent moves, including opposite moves between the same two events', async () => {
    const target = await createEvent(t.db, { organiserId: organiser.id, capacity: 3 });
    const sources = [
      await createEvent(t.db, { organiserId: organiser.id, capacity: 20 }),
      await createEvent(t.db, { organiserId: organiser.id, capacity: 20 }),
    ];
    const regs: Reg[] = [];
    for (let i = 0; i < 10; i += 1) regs.push(await registered(await createUser(t.db), sources[i % 2].id));
    // And traffic the other way (target -> source), which must not deadlock against the moves in.
    const back: Reg[] = [];
    for (let i = 0; i < 2; i += 1) back.push(await registered(await createUser(t.db), target.id));

    const results = await Promise.all([
      ...regs.map((r) => move(organiser, r.id, target.id)),
      ...back.map((r, i) => move(organiser, r.id, sources[i].id)),
    ]);
    for (const r of results) expect(r.errors).toBeUndefined();

    const counts: { status: string; n: number }[] = await t.db.query(
      `SELECT status, count(*)::int AS n FROM event_registration WHERE event_id = $1 GROUP BY status ORDER BY status`,
      [target.id],
    );
    const by = Object.fromEntries(counts.map((c) => [c.status, c.n]));
    // 2 places freed by the moves out are offered on to the waiting list; never more than 3 held.
    expect((by.CONFIRMED ?? 0) + (by.OFFERED ?? 0)).toBe(3);
    expect(by.WAITLISTED).toBe(7);
    expect(by.CANCELLED).toBe(2);
    const positions: { waitlist_position: number }[] = await t.db.query(
      `SELECT waitlist_position FROM event_registration WHERE event_id = $1 AND waitlist_position IS NOT NULL`,
      [target.id],
    );
    expect(new Set(positions.map((p) => p.waitlist_position)).size).toBe(positions.length);
  });
});
