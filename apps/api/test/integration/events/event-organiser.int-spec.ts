import { Role } from '@mic/shared-util';

import { JobsService } from '../../../src/modules/jobs/jobs.service';
import { RETENTION_QUEUE } from '../../../src/modules/events/jobs/event-queues';
import { createEvent } from '../factories/event.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { ATTENDANCE, CHECK_IN, DELEGATES, EVENTS, REGISTER } from './events.operations';

const DAY_MS = 86_400_000;

describe('event organiser tools, calendars, retention and lists', () => {
  let t: TestApp;
  let organiser: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    organiser = await createUser(t.db, { roles: [{ role: Role.ORGANISER }] });
  });

  afterAll(async () => {
    await t.close();
  });

  async function register(user: TestUser, eventId: string, answers: unknown[] = []): Promise<string> {
    const res = await gql<{ registerForEvent: { id: string } }>(t.url, {
      query: REGISTER,
      variables: { input: { eventId, consent: true, answers } },
      as: user.token,
    });
    expect(res.errors).toBeUndefined();
    return res.data!.registerForEvent.id;
  }

  const get = (path: string, token?: string, cookie?: string) =>
    fetch(`${t.url}${path}`, {
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(cookie ? { cookie } : {}) },
    });

  describe('GET /events/:id/delegates.csv', () => {
    it('should export delegates with formula cells neutralised, to organisers only', async () => {
      const event = await createEvent(t.db, {
        organiserId: organiser.id,
        questions: [{ id: 'note', label: 'Anything else?', type: 'TEXT', required: false, sensitive: false, options: [] }],
      });
      const evil = await createUser(t.db, { name: '=HYPERLINK("http://x")' });
      const plain = await createUser(t.db, { name: 'Priya Patel' });
      await register(evil, event.id, [{ questionId: 'note', value: '+SUM(1,2)' }]);
      await register(plain, event.id);

      const res = await get(`/events/${event.id}/delegates.csv`, organiser.token);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      const csv = await res.text();
      expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
      expect(csv).toContain(`"'+SUM(1,2)"`);
      expect(csv).toContain('Priya Patel');
      for (const line of csv.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean)) {
        for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
      }

      const member = await createUser(t.db);
      expect((await get(`/events/${event.id}/delegates.csv`, member.token)).status).toBe(403);
      expect((await get(`/events/${event.id}/delegates.csv`)).status).toBe(401);
      // The session cookie works as well as the bearer token.
      expect((await get(`/events/${event.id}/delegates.csv`, undefined, `mic_session=${organiser.token}`)).status).toBe(200);
    });
  });

  describe('badges, calendars and attendance', () => {
    it('should produce badges as a PDF and an attendance report by ICS and organisation type', async () => {
      const event = await createEvent(t.db, { organiserId: organiser.id });
      const a = await createUser(t.db, { icsOdsCodes: ['QUA'], name: 'Ada' });
      const b = await createUser(t.db, { icsOdsCodes: ['QHL'], name: 'Ben' });
      const ra = await register(a, event.id);
      await register(b, event.id);
      await gql(t.url, { query: CHECK_IN, variables: { id: ra }, as: organiser.token });

      const pdf = await get(`/events/${event.id}/badges.pdf`, organiser.token);
      expect(pdf.status).toBe(200);
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
      expect((await get(`/events/${event.id}/badges.pdf`, a.token)).status).toBe(403);

      const report = await gql<{ attendanceReport: { icsOdsCode: string; confirmed: number; attended: number }[] }>(t.url, {
        query: ATTENDANCE,
        variables: { eventId: event.id },
        as: organiser.token,
      });
      expect(report.data!.attendanceReport.map((r) => [r.icsOdsCode, r.confirmed, r.attended])).toEqual([
        ['QHL', 1, 0],
        ['QUA', 1, 1],
      ]);
      const tagged = await gql(t.url, {
        query: 'mutation($input: TagRegistrationInput!) { tagRegistration(input: $input) { id tags } }',
        variables: { input: { registrationId: ra, tags: ['speaker', 'speaker', 'VIP'] } },
        as: organiser.token,
      });
      expect(tagged.errors).toBeUndefined();
      const byTag = await gql<{ eventDelegates: { totalCount: number } }>(t.url, {
        query: DELEGATES,
        variables: { eventId: event.id, filter: { tag: 'speaker' } },
        as: organiser.token,
      });
      expect(byTag.data!.eventDelegates.totalCount).toBe(1);
      const delegates = await gql<{ eventDelegates: { totalCount: number } }>(t.url, {
        query: DELEGATES,
        variables: { eventId: event.id, filter: { icsOdsCode: 'QUA' } },
        as: organiser.token,
      });
      expect(delegates.data!.eventDelegates.totalCount).toBe(1);
      expect(errorCode(await gql(t.url, { query: DELEGATES, variables: { eventId: event.id }, as: a.token }))).toBe('FORBIDDEN');
    });

    it('should serve a public calendar for published events and a resettable personal feed', async () => {
      const event = await createEvent(t.db, { organiserId: organiser.id, title: 'Calendar day' });
      const draft = await createEvent(t.db, { organiserId: organiser.id, status: 'DRAFT' });
      const ics = await get(`/events/${event.id}/calendar.ics`);
      expect(ics.status).toBe(200);
      const text = await ics.text();
      expect(text).toContain('BEGIN:VCALENDAR');
      expect(text).toContain(`UID:event-${event.id}@commons.midlands.example`);
      expect((await get(`/events/${draft.id}/calendar.ics`)).status).toBe(404);

      const user = await createUser(t.db);
      await register(user, event.id);
      const url1 = (await gql<{ myCalendarFeedUrl: string }>(t.url, { query: '{ myCalendarFeedUrl }', as: user.token })).data!.myCalendarFeedUrl;
      const path1 = new URL(url1).pathname;
      const feed = await get(path1);
      expect(feed.status).toBe(200);
      expect(await feed.text()).toContain('SUMMARY:Calendar day');
      const url2 = (await gql<{ resetCalendarFeed: string }>(t.url, { query: 'mutation { resetCalendarFeed }', as: user.token })).data!.resetCalendarFeed;
      expect(url2).not.toBe(url1);
      expect((await get(path1)).status).toBe(404);
      expect((await get(new URL(url2).pathname)).status).toBe(200);
    });
  });

  describe('retention', () => {
    it('should purge sensitive answers N days after the event ends, from the scheduled job', async () => {
      const questions = [
        { id: 'diet', label: 'Dietary needs', type: 'TEXT', required: false, sensitive: true, options: [] },
        { id: 'role', label: 'Role', type: 'TEXT', required: false, sensitive: false, options: [] },
      ];
      const recent = await createEvent(t.db, { organiserId: organiser.id, questions, retentionDays: 30 });
      const old = await createEvent(t.db, { organiserId: organiser.id, questions, retentionDays: 30 });
      const u1 = await createUser(t.db);
      const u2 = await createUser(t.db);
      const rOld = await register(u1, old.id, [{ questionId: 'diet', value: 'Coeliac' }, { questionId: 'role', value: 'Nurse' }]);
      const rRecent = await register(u2, recent.id, [{ questionId: 'diet', value: 'Halal' }]);
      // The "old" event ended 31 days ago; the "recent" one 29 days ago.
      await t.db.query(`UPDATE event SET starts_at = $2, ends_at = $3 WHERE id = $1`, [old.id, new Date(Date.now() - 31 * DAY_MS - 3_600_000), new Date(Date.now() - 31 * DAY_MS)]);
      await t.db.query(`UPDATE event SET starts_at = $2, ends_at = $3 WHERE id = $1`, [recent.id, new Date(Date.now() - 29 * DAY_MS - 3_600_000), new Date(Date.now() - 29 * DAY_MS)]);

      const jobs = t.app.get(JobsService);
      await jobs.send(RETENTION_QUEUE, {});
      expect(await jobs.drain(RETENTION_QUEUE)).toBe(1);
      const rows: { id: string; answers: object; sensitive_answers: object | null; sensitive_purged_at: Date | null }[] = await t.db.query(
        'SELECT id, answers, sensitive_answers, sensitive_purged_at FROM event_registration WHERE id = ANY($1)',
        [[rOld, rRecent]],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(byId.get(rOld)!.sensitive_answers).toBeNull();
      expect(byId.get(rOld)!.sensitive_purged_at).not.toBeNull();
      expect(byId.get(rOld)!.answers).toEqual({ role: 'Nurse' });
      expect(byId.get(rRecent)!.sensitive_answers).toEqual({ diet: 'Halal' });
    });
  });

  describe('events query', () => {
    it('should filter by ICS, theme and status and hide drafts from members', async () => {
      const base = Date.now() + 400 * DAY_MS;
      const from = new Date(base).toISOString();
      await createEvent(t.db, { organiserId: organiser.id, startsAt: new Date(base + DAY_MS), icsOdsCodes: ['QUA'], themes: ['EMPLOYMENT'] });
      await createEvent(t.db, { organiserId: organiser.id, startsAt: new Date(base + 2 * DAY_MS), icsOdsCodes: ['QT1'] });
      await createEvent(t.db, { organiserId: organiser.id, startsAt: new Date(base + 3 * DAY_MS) });
      await createEvent(t.db, { organiserId: organiser.id, startsAt: new Date(base + 4 * DAY_MS), status: 'DRAFT' });
      const member = await createUser(t.db);
      const q = async (filter: object, as?: string) =>
        (await gql<{ events: { totalCount: number } }>(t.url, { query: EVENTS, variables: { filter: { from, ...filter } }, as })).data!.events.totalCount;
      expect(await q({})).toBe(3);
      expect(await q({}, member.token)).toBe(3);
      expect(await q({}, organiser.token)).toBe(4);
      expect(await q({ icsOdsCode: 'QUA' })).toBe(2); // QUA and region-wide
      expect(await q({ theme: 'EMPLOYMENT' })).toBe(1);
      expect(await q({ status: 'DRAFT' }, organiser.token)).toBe(1);
    });

    it('should use the same number of SQL statements for 10 and 50 events', async () => {
      const base = Date.now() + 800 * DAY_MS;
      // 60 events, so both pages have a next page (TypeORM skips COUNT on a short first page).
      for (let i = 0; i < 60; i += 1) {
        const e = await createEvent(t.db, { organiserId: organiser.id, startsAt: new Date(base + i * 3_600_000), quotas: [{ kind: 'ICS', key: 'QUA', places: 1 }] });
        if (i % 5 === 0) await register(await createUser(t.db), e.id);
      }
      const member = await createUser(t.db);
      const run = (first: number) =>
        countQueries(() => gql<{ events: { edges: unknown[] } }>(t.url, { query: EVENTS, variables: { first, filter: { from: new Date(base).toISOString() } }, as: member.token }));
      await run(10); // warm-up: the first request of a session also records its use
      const ten = await run(10);
      const fifty = await run(50);
      expect(ten.result.errors).toBeUndefined();
      expect(fifty.result.data!.events.edges).toHaveLength(50);
      expect(fifty.count).toBe(ten.count);
      expect(ten.count).toBeLessThanOrEqual(10);
    });
  });
});
