import { Role } from '@mic/shared-util';

import { JobsService } from '../../../src/modules/jobs/jobs.service';
import { OFFER_EXPIRY_QUEUE, OFFER_SWEEP_QUEUE } from '../../../src/modules/events/jobs/event-queues';
import { createEvent } from '../factories/event.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import {
  ACCEPT_OFFER,
  APPROVE,
  CANCEL_REGISTRATION,
  CHECK_IN,
  CREATE_EVENT,
  DECLINE_OFFER,
  EVENT,
  MY_REGISTRATIONS,
  PUBLISH_EVENT,
  REGISTER,
  UPDATE_EVENT,
} from './events.operations';

interface Reg {
  id: string;
  status: string;
  waitlistPosition: number | null;
  offerExpiresAt: string | null;
}

describe('delegate registration', () => {
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

  async function register(user: TestUser, eventId: string, extra: Record<string, unknown> = {}) {
    return gql<{ registerForEvent: Reg }>(t.url, {
      query: REGISTER,
      variables: { input: { eventId, consent: true, ...extra } },
      as: user.token,
    });
  }

  async function registered(user: TestUser, eventId: string): Promise<Reg> {
    const res = await register(user, eventId);
    expect(res.errors).toBeUndefined();
    return res.data!.registerForEvent;
  }

  /** Moves an offer's expiry (and its pg-boss job) into the past: no sleeping. */
  async function expireOfferNow(registrationId: string): Promise<void> {
    await t.db.query(`UPDATE event_registration SET offer_expires_at = now() - interval '1 minute' WHERE id = $1`, [registrationId]);
    await t.db.query(
      `UPDATE pgboss.job SET start_after = now() - interval '1 minute'
        WHERE name = $1 AND data->>'registrationId' = $2 AND state < 'active'`,
      [OFFER_EXPIRY_QUEUE, registrationId],
    );
  }

  describe('createEvent and publishEvent', () => {
    it('should let an organiser create a draft with quotas and questions, then publish it', async () => {
      const startsAt = new Date(Date.now() + 20 * 86_400_000);
      const created = await gql<{ createEvent: { id: string; status: string; questions: { id: string; sensitive: boolean }[] } }>(t.url, {
        query: CREATE_EVENT,
        as: organiser.token,
        variables: {
          input: {
            title: 'Quota day',
            description: 'Hello <script>alert(1)</script> **world**',
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
            capacity: 10,
            quotas: [{ kind: 'ICS', key: 'QUA', places: 3 }],
            questions: [
              { id: 'diet', label: 'Dietary needs', type: 'TEXT', sensitive: true },
              { id: 'role', label: 'Role', type: 'CHOICE', required: true, options: ['A', 'B'] },
            ],
          },
        },
      });
      expect(created.errors).toBeUndefined();
      const id = created.data!.createEvent.id;
      expect(created.data!.createEvent.status).toBe('DRAFT');

      const member = await createUser(t.db);
      const hidden = await gql<{ event: unknown }>(t.url, { query: EVENT, variables: { id }, as: member.token });
      expect(hidden.data!.event).toBeNull();
      expect(errorCode(await register(member, id, { answers: [{ questionId: 'role', value: 'A' }] }))).toBe('NOT_FOUND');

      const published = await gql(t.url, { query: PUBLISH_EVENT, variables: { id }, as: organiser.token });
      expect(published.errors).toBeUndefined();
      const html = await gql<{ event: { descriptionHtml: string } }>(t.url, {
        query: 'query($id: ID!) { event(id: $id) { descriptionHtml } }',
        variables: { id },
      });
      expect(html.data!.event.descriptionHtml).toContain('<strong>world</strong>');
      expect(html.data!.event.descriptionHtml).not.toContain('<script>');

      // Required answers and consent are enforced.
      expect(errorCode(await register(member, id))).toBe('BAD_USER_INPUT');
      expect(errorCode(await register(member, id, { consent: false, answers: [{ questionId: 'role', value: 'A' }] }))).toBe('BAD_USER_INPUT');
      // Every problem at once: the missing required answer and the consent, each against its field.
      const both = await register(member, id, { consent: false, answers: [] });
      expect(errorCode(both)).toBe('BAD_USER_INPUT');
      expect(both.errors?.[0].extensions?.fieldErrors).toEqual([
        { field: 'role', message: 'Answer "Role".' },
        { field: 'consent', message: 'You need to agree to the privacy notice to register.' },
      ]);
      const ok = await register(member, id, { answers: [{ questionId: 'role', value: 'A' }, { questionId: 'diet', value: 'Vegan' }] });
      expect(ok.data!.registerForEvent.status).toBe('CONFIRMED');
      const stored: { answers: object; sensitive_answers: object }[] = await t.db.query(
        'SELECT answers, sensitive_answers FROM event_registration WHERE id = $1',
        [ok.data!.registerForEvent.id],
      );
      expect(stored[0]).toEqual({ answers: { role: 'A' }, sensitive_answers: { diet: 'Vegan' } });
    });

    it('should refuse createEvent to members and updateEvent to other organisers', async () => {
      const member = await createUser(t.db);
      const res = await gql(t.url, {
        query: CREATE_EVENT,
        as: member.token,
        variables: { input: { title: 'Nope', startsAt: new Date().toISOString(), endsAt: new Date().toISOString(), capacity: 1 } },
      });
      expect(errorCode(res)).toBe('FORBIDDEN');
      const other = await createUser(t.db, { roles: [{ role: Role.ORGANISER }] });
      const event = await createEvent(t.db, { organiserId: organiser.id });
      expect(errorCode(await gql(t.url, { query: UPDATE_EVENT, as: other.token, variables: { input: { id: event.id, capacity: 20 } } }))).toBe('FORBIDDEN');
    });

    it('should let an organiser add a co-organiser, who can then manage the event', async () => {
      const event = await createEvent(t.db, { organiserId: organiser.id });
      const co = await createUser(t.db, { email: `co-${Date.now()}@example.org` });
      const update = () => gql(t.url, { query: UPDATE_EVENT, as: co.token, variables: { input: { id: event.id, capacity: 12 } } });
      expect(errorCode(await update())).toBe('FORBIDDEN');
      const added = await gql(t.url, {
        query: 'mutation($input: AddEventOrganiserInput!) { addEventOrganiser(input: $input) { id canManage } }',
        variables: { input: { eventId: event.id, email: co.email } },
        as: organiser.token,
      });
      expect(added.errors).toBeUndefined();
      expect((await update()).errors).toBeUndefined();
    });

    it('should reject quotas larger than the capacity', async () => {
      const startsAt = new Date(Date.now() + 86_400_000);
      const res = await gql(t.url, {
        query: CREATE_EVENT,
        as: organiser.token,
        variables: {
          input: {
            title: 'Too many',
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 1000).toISOString(),
            capacity: 2,
            quotas: [{ kind: 'ICS', key: 'QUA', places: 3 }],
          },
        },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    });
  });

  describe('registerForEvent', () => {
    it('should return the one existing registration when the same user registers 5 times at once', async () => {
      const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 3 });
      const user = await createUser(t.db);
      const results = await Promise.all(Array.from({ length: 5 }, () => register(user, event.id)));
      for (const r of results) expect(r.errors).toBeUndefined();
      const ids = new Set(results.map((r) => r.data!.registerForEvent.id));
      expect(ids.size).toBe(1);
      const rows: { n: number }[] = await t.db.query('SELECT count(*)::int AS n FROM event_registration WHERE event_id = $1', [event.id]);
      expect(rows[0].n).toBe(1);
      const view = await gql<{ event: { remainingPlaces: number; myRegistration: Reg } }>(t.url, { query: EVENT, variables: { id: event.id }, as: user.token });
      expect(view.data!.event.remainingPlaces).toBe(2);
      expect(view.data!.event.myRegistration.status).toBe('CONFIRMED');
    });

    it('should refuse registration once it has closed', async () => {
      const event = await createEvent(t.db, { organiserId: organiser.id, startsAt: new Date(Date.now() - 3_600_000) });
      expect(errorCode(await register(await createUser(t.db), event.id))).toBe('CONFLICT');
    });
  });

  describe('waiting list and offers', () => {
    it('should offer a cancelled place to position 1, move an expired offer to position 2, and refuse late acceptance', async () => {
      const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 1, offerHours: 48 });
      const [a, b, c] = [await createUser(t.db), await createUser(t.db), await createUser(t.db)];
      const ra = await registered(a, event.id);
      const rb = await registered(b, event.id);
      const rc = await registered(c, event.id);
      expect(ra.status).toBe('CONFIRMED');
      expect([rb.status, rb.waitlistPosition]).toEqual(['WAITLISTED', 1]);
      expect([rc.status, rc.waitlistPosition]).toEqual(['WAITLISTED', 2]);

      const cancelled = await gql<{ cancelRegistration: Reg }>(t.url, { query: CANCEL_REGISTRATION, variables: { id: ra.id }, as: a.token });
      expect(cancelled.data!.cancelRegistration.status).toBe('CANCELLED');
      const offeredB = await gql<{ event: { myRegistration: Reg; remainingPlaces: number } }>(t.url, { query: EVENT, variables: { id: event.id }, as: b.token });
      expect(offeredB.data!.event.myRegistration.status).toBe('OFFERED');
      expect(new Date(offeredB.data!.event.myRegistration.offerExpiresAt!).getTime()).toBeGreaterThan(Date.now() + 47 * 3_600_000);
      expect(offeredB.data!.event.remainingPlaces).toBe(0);

      // The expiry job exists but is not due yet: draining now does nothing.
      const jobs = t.app.get(JobsService);
      await jobs.drain(OFFER_EXPIRY_QUEUE);
      expect((await t.db.query('SELECT status FROM event_registration WHERE id = $1', [rb.id]))[0].status).toBe('OFFERED');

      await expireOfferNow(rb.id);
      expect(await jobs.drain(OFFER_EXPIRY_QUEUE)).toBeGreaterThanOrEqual(1);
      const statuses: { id: string; status: string }[] = await t.db.query(
        'SELECT id, status FROM event_registration WHERE event_id = $1',
        [event.id],
      );
      const byId = new Map(statuses.map((s) => [s.id, s.status]));
      expect(byId.get(rb.id)).toBe('DECLINED');
      expect(byId.get(rc.id)).toBe('OFFERED');

      const late = await gql(t.url, { query: ACCEPT_OFFER, variables: { id: rb.id }, as: b.token });
      expect(errorCode(late)).toBe('CONFLICT');
      // Someone else cannot accept C's offer.
      expect(errorCode(await gql(t.url, { query: ACCEPT_OFFER, variables: { id: rc.id }, as: b.token }))).toBe('FORBIDDEN');
      const accepted = await gql<{ acceptOffer: Reg }>(t.url, { query: ACCEPT_OFFER, variables: { id: rc.id }, as: c.token });
      expect(accepted.data!.acceptOffer.status).toBe('CONFIRMED');

      const history: { from_status: string | null; to_status: string; reason: string | null }[] = await t.db.query(
        'SELECT from_status, to_status, reason FROM event_registration_change WHERE registration_id = $1 ORDER BY created_at',
        [rb.id],
      );
      expect(history.map((h) => `${h.from_status}->${h.to_status}`)).toEqual(['null->WAITLISTED', 'WAITLISTED->OFFERED', 'OFFERED->DECLINED']);
      expect(history[2].reason).toBe('OFFER_EXPIRED');
    });

    it('should refuse accepting an offer whose time has passed even before the job runs', async () => {
      const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 1 });
      const [a, b] = [await createUser(t.db), await createUser(t.db)];
      const ra = await registered(a, event.id);
      const rb = await registered(b, event.id);
      await gql(t.url, { query: CANCEL_REGISTRATION, variables: { id: ra.id }, as: a.token });
      await t.db.query(`UPDATE event_registration SET offer_expires_at = now() - interval '1 second' WHERE id = $1`, [rb.id]);
      expect(errorCode(await gql(t.url, { query: ACCEPT_OFFER, variables: { id: rb.id }, as: b.token }))).toBe('CONFLICT');
    });

    it('should expire a due offer from the sweep job when its own job was lost', async () => {
      const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 1 });
      const [a, b, c] = [await createUser(t.db), await createUser(t.db), await createUser(t.db)];
      const ra = await registered(a, event.id);
      const rb = await registered(b, event.id);
      const rc = await registered(c, event.id);
      await gql(t.url, { query: CANCEL_REGISTRATION, variables: { id: ra.id }, as: a.token });
      await t.db.query(`UPDATE event_registration SET offer_expires_at = now() - interval '1 minute' WHERE id = $1`, [rb.id]);
      await t.db.query(`DELETE FROM pgboss.job WHERE name = $1`, [OFFER_EXPIRY_QUEUE]);
      const jobs = t.app.get(JobsService);
      await jobs.send(OFFER_SWEEP_QUEUE, {});
      expect(await jobs.drain(OFFER_SWEEP_QUEUE)).toBe(1);
      const rows: { id: string; status: string }[] = await t.db.query('SELECT id, status FROM event_registration WHERE id = ANY($1)', [[rb.id, rc.id]]);
      expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [rb.id]: 'DECLINED', [rc.id]: 'OFFERED' });
    });

    it('should pass a declined offer on and offer places when capacity is raised', async () => {
      const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 1 });
      const [a, b, c, d] = [await createUser(t.db), await createUser(t.db), await createUser(t.db), await createUser(t.db)];
      const ra = await registered(a, event.id);
      const rb = await registered(b, event.id);
      const rc = await registered(c, event.id);
      const rd = await registered(d, event.id);
      await gql(t.url, { query: CANCEL_REGISTRATION, variables: { id: ra.id }, as: a.token });
      const declined = await gql<{ declineOffer: Reg }>(t.url, { query: DECLINE_OFFER, variables: { id: rb.id }, as: b.token });
      expect(declined.data!.declineOffer.status).toBe('DECLINED');
      const raised = await gql(t.url, { query: UPDATE_EVENT, variables: { input: { id: event.id, capacity: 2 } }, as: organiser.token });
      expect(raised.errors).toBeUndefined();
      const rows: { id: string; status: string }[] = await t.db.query('SELECT id, status FROM event_registration WHERE id = ANY($1)', [[rc.id, rd.id]]);
      expect(rows.map((r) => r.status).sort()).toEqual(['OFFERED', 'OFFERED']);
    });
  });

  describe('quotas', () => {
    it('should honour per-ICS quotas and share the open pool', async () => {
      // 6 places: 2 guaranteed to Black Country (QUA), 1 to Birmingham and Solihull (QHL), 3 open.
      const event = await createEvent(t.db, {
        organiserId: organiser.id,
        capacity: 6,
        quotas: [
          { kind: 'ICS', key: 'QUA', places: 2 },
          { kind: 'ICS', key: 'QHL', places: 1 },
        ],
      });
      const others = await Promise.all([1, 2, 3, 4].map(() => createUser(t.db, { icsOdsCodes: ['QT1'] })));
      const bc = await Promise.all([1, 2, 3].map(() => createUser(t.db, { icsOdsCodes: ['QUA'] })));
      const bsol = await createUser(t.db, { icsOdsCodes: ['QHL'] });

      // Others take the 3 open places; the 4th waits although 3 quota places are free.
      const o = [];
      for (const u of others) o.push(await registered(u, event.id));
      expect(o.map((r) => r.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
      // Black Country delegates still get their 2 guaranteed places; the 3rd waits (open pool full).
      const b = [];
      for (const u of bc) b.push(await registered(u, event.id));
      expect(b.map((r) => r.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
      expect((await registered(bsol, event.id)).status).toBe('CONFIRMED');

      // An open place freed by another ICS goes to the first person in the queue (QT1 #1), not by ICS.
      await gql(t.url, { query: CANCEL_REGISTRATION, variables: { id: o[0].id }, as: others[0].token });
      const status = async (id: string) => (await t.db.query('SELECT status FROM event_registration WHERE id = $1', [id]))[0].status as string;
      expect(await status(o[3].id)).toBe('OFFERED');
      expect(await status(b[2].id)).toBe('WAITLISTED');
      // A freed Black Country quota place can only go to the Black Country delegate waiting.
      await gql(t.url, { query: CANCEL_REGISTRATION, variables: { id: b[0].id }, as: bc[0].token });
      expect(await status(b[2].id)).toBe('OFFERED');

      const held: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM event_registration WHERE event_id = $1 AND status IN ('CONFIRMED', 'OFFERED')`,
        [event.id],
      );
      expect(held[0].n).toBe(6);
    });
  });

  describe('approval and check-in', () => {
    it('should hold registrations for approval, then confirm them', async () => {
      const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 1, requiresApproval: true });
      const user = await createUser(t.db);
      const reg = await registered(user, event.id);
      expect(reg.status).toBe('PENDING_APPROVAL');
      expect(errorCode(await gql(t.url, { query: APPROVE, variables: { id: reg.id }, as: user.token }))).toBe('FORBIDDEN');
      const approved = await gql<{ approveRegistration: Reg }>(t.url, { query: APPROVE, variables: { id: reg.id }, as: organiser.token });
      expect(approved.data!.approveRegistration.status).toBe('CONFIRMED');
    });

    it('should check a delegate in once and say so on the second scan', async () => {
      const event = await createEvent(t.db, { organiserId: organiser.id });
      const user = await createUser(t.db);
      const reg = await registered(user, event.id);
      const first = await gql<{ checkIn: { alreadyCheckedIn: boolean; message: string } }>(t.url, { query: CHECK_IN, variables: { id: reg.id }, as: organiser.token });
      expect(first.data!.checkIn.alreadyCheckedIn).toBe(false);
      expect(first.data!.checkIn.message).toMatch(/^Test User \(Test Organisation [0-9a-f]+\) checked in at \d{2}:\d{2}\.$/);
      const second = await gql<{ checkIn: { alreadyCheckedIn: boolean; message: string } }>(t.url, { query: CHECK_IN, variables: { id: reg.id }, as: organiser.token });
      expect(second.data!.checkIn.alreadyCheckedIn).toBe(true);
      expect(second.data!.checkIn.message).toMatch(/ is already checked in: they checked in at \d{2}:\d{2}\.$/);
      expect(errorCode(await gql(t.url, { query: CHECK_IN, variables: { id: reg.id }, as: user.token }))).toBe('FORBIDDEN');

      const mine = await gql<{ myRegistrations: { id: string; ticketQrSvg: string | null }[] }>(t.url, { query: MY_REGISTRATIONS, as: user.token });
      expect(mine.data!.myRegistrations[0].ticketQrSvg).toContain('<svg');
    });

    it('should reveal the online link only to confirmed delegates', async () => {
      const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 1, onlineUrl: 'https://meet.example.org/x' });
      const a = await createUser(t.db);
      const b = await createUser(t.db);
      await registered(a, event.id);
      await registered(b, event.id);
      const seen = async (u: TestUser) => (await gql<{ event: { onlineUrl: string | null } }>(t.url, { query: EVENT, variables: { id: event.id }, as: u.token })).data!.event.onlineUrl;
      expect(await seen(a)).toBe('https://meet.example.org/x');
      expect(await seen(b)).toBeNull();
    });
  });
});
