import { Role } from '@mic/shared-util';

import { allocatePlace } from '../../../src/modules/events/events.policy';
import type { DelegateProfile, QuotaRule } from '../../../src/modules/events/events.policy';
import { JobsService } from '../../../src/modules/jobs/jobs.service';
import { MAIL_QUEUE } from '../../../src/modules/mail/mail.service';
import { REGISTRATION_NOTICE_QUEUE } from '../../../src/modules/events/jobs/event-queues';
import { RegistrationNotices } from '../../../src/modules/events/registrations/registration-notices.service';
import { createEvent } from '../factories/event.factory';
import { createOrganisation } from '../factories/organisation.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { gql } from '../setup/gql';
import type { TestSmtpServer } from '../setup/smtp-test-server';
import { startSmtpTestServer } from '../setup/smtp-test-server';
import { MOVE_REGISTRATION, REGISTER } from './events.operations';

/** Small deterministic PRNG (mulberry32), so a failure reproduces. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Scenario {
  capacity: number;
  quotas: QuotaRule[];
  usage: Record<string, number>;
  profile: DelegateProfile;
}

const ICS = ['QHL', 'QJ2', 'QNC', 'QT1'];
const TYPES = ['NHS_TRUST', 'VCSE', 'LOCAL_AUTHORITY'];

function randomScenario(rand: () => number): Scenario {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const capacity = 1 + Math.floor(rand() * 12);
  const quotas: QuotaRule[] = [];
  let reserved = 0;
  // Quotas in the order the database lists them (kind, key); ICS ones may come after others.
  for (const kind of ['ICS', 'ORGANISATION_TYPE'] as const) {
    for (const key of kind === 'ICS' ? ICS : TYPES) {
      if (rand() < 0.3 && reserved < capacity) {
        const places = 1 + Math.floor(rand() * Math.min(3, capacity - reserved));
        reserved += places;
        quotas.push({ id: `00000000-0000-4000-8000-${String(quotas.length + 1).padStart(12, '0')}`, kind, key, places });
      }
    }
  }
  const usage: Record<string, number> = {};
  for (const q of quotas) if (rand() < 0.7) usage[q.id] = Math.floor(rand() * (q.places + 1));
  if (rand() < 0.8) usage[''] = Math.floor(rand() * (capacity - reserved + 2));
  const icsOdsCodes = rand() < 0.2 ? [] : rand() < 0.8 ? [pick(ICS)] : [pick(ICS), pick(ICS)];
  const organisationTypeKey = rand() < 0.15 ? null : pick(TYPES);
  return { capacity, quotas, usage, profile: { icsOdsCodes, organisationTypeKey } };
}

describe('registration place decision in SQL', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let organiser: TestUser;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    t = await createTestApp({ SMTP_URL: smtp.smtpUrl, JOBS_WORKERS: 'false' });
    await resetDatabase(t.db);
    organiser = await createUser(t.db, { roles: [{ role: Role.ORGANISER }] });
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('should make the same decision as the allocatePlace policy for 600 random quota scenarios', async () => {
    const rand = prng(20261125);
    const scenarios = Array.from({ length: 600 }, () => randomScenario(rand));
    const rows: { i: number; slot: string | null }[] = await t.db.query(
      `SELECT (s.ord - 1)::int AS i,
              mic_allocate_place((s.v->>'capacity')::int, s.v->'quotas', s.v->'usage',
                                 ARRAY(SELECT jsonb_array_elements_text(s.v->'profile'->'icsOdsCodes')),
                                 s.v->'profile'->>'organisationTypeKey') AS slot
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS s(v, ord)
        ORDER BY s.ord`,
      [JSON.stringify(scenarios)],
    );
    const expected = scenarios.map((s) => allocatePlace(s.capacity, s.quotas, new Map(Object.entries(s.usage)), s.profile));
    const actual = rows.map((r) => r.slot);
    const mismatches = expected
      .map((e, i) => ({ i, expected: e, actual: actual[i], scenario: scenarios[i] }))
      .filter((m) => m.expected !== m.actual);
    expect(mismatches).toEqual([]);
    // The scenarios exercise every kind of outcome.
    expect(new Set(expected.map((e) => (e === null ? 'wait' : e === '' ? 'open' : 'quota')))).toEqual(new Set(['wait', 'open', 'quota']));
  });

  it('should queue a first email the request never queued (crash after commit) exactly once, and skip moved and emailed ones', async () => {
    const registrations = t.app.get(RegistrationNotices);
    const jobs = t.app.get(JobsService);
    const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 1 });
    const other = await createEvent(t.db, { organiserId: organiser.id, capacity: 5 });
    const org = await createOrganisation(t.db, { icsOdsCodes: ['QHL'] });
    const [first, second, third] = [
      await createUser(t.db, { organisationId: org.id, email: 'sweep.first@example.org' }),
      await createUser(t.db, { organisationId: org.id, email: 'sweep.second@example.org' }),
      await createUser(t.db, { organisationId: org.id, email: 'sweep.third@example.org' }),
    ];
    // "Crash" right after the commit: the registration exists, no job was queued.
    const [{ result }]: { result: { outcome: string; registration: { id: string; status: string } } }[] = await t.db.query(
      `SELECT mic_register_for_event(gen_random_uuid(), $1::uuid, $2::uuid, '{}'::jsonb, NULL, now()) AS result`,
      [event.id, first.id],
    );
    expect(result.outcome).toBe('CREATED');
    expect(result.registration.status).toBe('CONFIRMED');
    // The function looked up the delegate's profile: their organisation's ICS is snapshotted.
    expect((result.registration as unknown as { ics_ods_code: string }).ics_ods_code).toBe('QHL');
    // A normal registration (its notice is sent), and one moved to another event (gets the "moved" email).
    const viaApi = await gql<{ registerForEvent: { id: string; status: string } }>(t.url, {
      query: REGISTER,
      variables: { input: { eventId: event.id, consent: true } },
      as: second.token,
    });
    expect(viaApi.data?.registerForEvent.status).toBe('WAITLISTED');
    const toMove = await gql<{ registerForEvent: { id: string } }>(t.url, {
      query: REGISTER,
      variables: { input: { eventId: event.id, consent: true } },
      as: third.token,
    });
    const moved = await gql<{ moveRegistration: { id: string } }>(t.url, {
      query: MOVE_REGISTRATION,
      variables: { input: { registrationId: toMove.data!.registerForEvent.id, toEventId: other.id } },
      as: organiser.token,
    });
    expect(moved.errors).toBeUndefined();
    await jobs.drain(REGISTRATION_NOTICE_QUEUE);
    await jobs.drain(MAIL_QUEUE);
    await smtp.waitFor(2);
    smtp.clear();

    // Within the grace period nothing is picked up (its job may still be on its way).
    expect(await registrations.queueMissingNotices()).toBe(0);
    // Advance time by moving the registrations' creation back, not by sleeping.
    await t.db.query(`UPDATE event_registration SET created_at = created_at - interval '5 minutes' WHERE event_id IN ($1, $2)`, [event.id, other.id]);
    expect(await registrations.queueMissingNotices()).toBe(1);
    await jobs.drain(REGISTRATION_NOTICE_QUEUE);
    await jobs.drain(MAIL_QUEUE);
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toContain('sweep.first@example.org');
    expect(mail.subject).toMatch(/confirmed/i);

    // Once emailed it is never queued again.
    expect(await registrations.queueMissingNotices()).toBe(0);
    await jobs.drain(MAIL_QUEUE);
    expect(smtp.messages).toHaveLength(1);
  });
});
