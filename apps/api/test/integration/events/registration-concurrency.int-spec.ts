import { Role } from '@mic/shared-util';

import { createEvent } from '../factories/event.factory';
import { createOrganisation } from '../factories/organisation.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import type { ApiProcess } from '../setup/api-process';
import { startApiProcess } from '../setup/api-process';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { gql } from '../setup/gql';
import { REGISTER } from './events.operations';

interface Reg {
  id: string;
  status: string;
  waitlistPosition: number | null;
}

/**
 * Two API processes on one database: this one (in-process) and a spawned
 * dist/apps/api/src/main.js. Requests alternate between them.
 */
describe('registration under concurrency across two API processes', () => {
  let t: TestApp;
  let second: ApiProcess;
  let organiser: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ DATABASE_POOL_SIZE: '10' });
    await resetDatabase(t.db);
    second = await startApiProcess();
    organiser = await createUser(t.db, { roles: [{ role: Role.ORGANISER }] });
  }, 120_000);

  afterAll(async () => {
    await second?.stop();
    await t?.close();
  });

  it('should confirm exactly 50 of 200 simultaneous registrations and waitlist 150 at positions 1..150', async () => {
    const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 50 });
    const org = await createOrganisation(t.db, { icsOdsCodes: ['QHL'] });
    const users: TestUser[] = [];
    for (let i = 0; i < 200; i += 1) users.push(await createUser(t.db, { organisationId: org.id }));
    const urls = [t.url, second.url];

    const results = await Promise.all(
      users.map((u, i) =>
        gql<{ registerForEvent: Reg }>(urls[i % 2], {
          query: REGISTER,
          variables: { input: { eventId: event.id, consent: true } },
          as: u.token,
        }),
      ),
    );
    const errors = results.filter((r) => r.errors);
    expect(errors.map((e) => e.errors?.[0]?.message)).toEqual([]);
    const regs = results.map((r) => r.data!.registerForEvent);
    expect(regs.filter((r) => r.status === 'CONFIRMED')).toHaveLength(50);
    const waiting = regs.filter((r) => r.status === 'WAITLISTED');
    expect(waiting).toHaveLength(150);
    expect(waiting.map((r) => r.waitlistPosition).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    // Both processes served requests.
    expect(new Set(results.map((_, i) => urls[i % 2])).size).toBe(2);

    const counts: { status: string; n: number }[] = await t.db.query(
      `SELECT status, count(*)::int AS n FROM event_registration WHERE event_id = $1 GROUP BY status ORDER BY status`,
      [event.id],
    );
    expect(counts).toEqual([
      { status: 'CONFIRMED', n: 50 },
      { status: 'WAITLISTED', n: 150 },
    ]);
  }, 120_000);

  it('should create one registration when one user fires the same registration 5 times at both processes', async () => {
    const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 5 });
    const user = await createUser(t.db);
    const urls = [t.url, second.url];
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        gql<{ registerForEvent: Reg }>(urls[i % 2], {
          query: REGISTER,
          variables: { input: { eventId: event.id, consent: true } },
          as: user.token,
        }),
      ),
    );
    expect(results.filter((r) => r.errors)).toHaveLength(0);
    expect(new Set(results.map((r) => r.data!.registerForEvent.id)).size).toBe(1);
    const rows: { n: number }[] = await t.db.query('SELECT count(*)::int AS n FROM event_registration WHERE event_id = $1', [event.id]);
    expect(rows[0].n).toBe(1);
  });
});
