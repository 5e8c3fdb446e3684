import { Role } from '@mic/shared-util';

import { createEvent } from '../factories/event.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { REGISTER } from './events.operations';

const UPDATE_QUESTIONS = `mutation Update($input: UpdateEventInput!) { updateEvent(input: $input) { id version } }`;

/**
 * Registration checks answers against this process's copy of the event and the registration
 * statement compares the event's version under its row lock (STALE), so a burst reads the event
 * once, and a change the copy has not seen is never acted on.
 */
describe('registration against a cached copy of the event', () => {
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

  const register = (user: TestUser, eventId: string, answers?: { questionId: string; value: string }[]) =>
    gql<{ registerForEvent: { id: string; status: string } }>(t.url, {
      query: REGISTER,
      variables: { input: { eventId, consent: true, ...(answers ? { answers } : {}) } },
      as: user.token,
    });

  it('should not read the event again for the next registration: one statement fewer', async () => {
    const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 10 });
    expect((await register(await createUser(t.db), event.id)).errors).toBeUndefined();
    const next = await createUser(t.db);
    const { result, statements } = await countQueries(() => register(next, event.id));
    expect(result.errors).toBeUndefined();
    expect(statements.filter((s) => /mic_register_at_event_version/.test(s))).toHaveLength(1);
    expect(statements.filter((s) => /\bFROM "event"/i.test(s))).toEqual([]);
  });

  it('should check the answers against the changed event when a question was added after the copy was read', async () => {
    const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 10 });
    expect((await register(await createUser(t.db), event.id)).errors).toBeUndefined();
    const changed = await gql<{ updateEvent: { version: number } }>(t.url, {
      query: UPDATE_QUESTIONS,
      as: organiser.token,
      variables: { input: { id: event.id, questions: [{ id: 'access', label: 'Access needs', type: 'TEXT', required: true }] } },
    });
    expect(changed.errors).toBeUndefined();

    const late = await createUser(t.db);
    const refused = await register(late, event.id);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.field).toBe('access');
    const rows = await t.db.query('SELECT count(*)::int AS n FROM event_registration WHERE event_id = $1 AND user_id = $2', [event.id, late.id]);
    expect(rows[0].n).toBe(0);

    const answered = await register(late, event.id, [{ questionId: 'access', value: 'Step-free entrance' }]);
    expect(answered.errors).toBeUndefined();
    expect(answered.data!.registerForEvent.status).toBe('CONFIRMED');
  });

  it('should see a cancellation made after the copy was read', async () => {
    const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 10 });
    expect((await register(await createUser(t.db), event.id)).errors).toBeUndefined();
    await t.db.query(`UPDATE event SET status = 'CANCELLED', version = version + 1 WHERE id = $1`, [event.id]);
    const refused = await register(await createUser(t.db), event.id);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0].extensions!.reason).toBe('EVENT_NOT_OPEN');
  });

  it('should answer STALE from the statement, and insert nothing, when the version is not the one given', async () => {
    const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 10 });
    const user = await createUser(t.db);
    const run = (version: number) =>
      t.db.query(
        `SELECT mic_register_at_event_version(gen_random_uuid(), $1::uuid, $2::integer, $3::uuid, '{}'::jsonb, NULL, now()) AS result`,
        [event.id, version, user.id],
      );
    expect((await run(2))[0].result).toEqual({ outcome: 'STALE' });
    expect((await t.db.query('SELECT count(*)::int AS n FROM event_registration WHERE event_id = $1', [event.id]))[0].n).toBe(0);
    const created = (await run(1))[0].result;
    expect(created.outcome).toBe('CREATED');
    expect(created.registration.status).toBe('CONFIRMED');
    const missing = await t.db.query(
      `SELECT mic_register_at_event_version(gen_random_uuid(), gen_random_uuid(), 1, $1::uuid, '{}'::jsonb, NULL, now()) AS result`,
      [user.id],
    );
    expect(missing[0].result).toEqual({ outcome: 'STALE' });
  });
});
