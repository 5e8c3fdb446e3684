import { Role } from '@mic/shared-util';

import { createEvent } from '../factories/event.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import {
  ACCEPT_OFFER,
  CANCEL_REGISTRATION,
  CHECK_IN,
  DELEGATES_WITH_HISTORY,
  EVENT_DELEGATE,
  MOVE_REGISTRATION,
  MY_REGISTRATIONS,
  REGISTER,
  REGISTRATION_HISTORY,
} from './events.operations';

interface Change {
  at: string;
  fromStatus: string | null;
  toStatus: string;
  reason: string | null;
  actor: { id: string; name: string } | null;
  otherEvent: { id: string; title: string } | null;
}

interface Reg {
  id: string;
  status: string;
  history: Change[];
}

const strip = (history: Change[]) => history.map(({ at: _at, ...rest }) => rest);

describe('registration history', () => {
  let t: TestApp;
  let organiser: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    organiser = await createUser(t.db, { roles: [{ role: Role.ORGANISER }], name: 'Olu Organiser' });
  });

  afterAll(async () => {
    await t.close();
  });

  async function register(user: TestUser, eventId: string): Promise<string> {
    const res = await gql<{ registerForEvent: { id: string } }>(t.url, {
      query: REGISTER,
      variables: { input: { eventId, consent: true } },
      as: user.token,
    });
    expect(res.errors).toBeUndefined();
    return res.data!.registerForEvent.id;
  }

  async function ok(as: TestUser, query: string, variables: Record<string, unknown>): Promise<void> {
    const res = await gql(t.url, { query, variables, as: as.token });
    expect(res.errors).toBeUndefined();
  }

  function history(as: TestUser, id: string) {
    return gql<{ registration: Reg | null }>(t.url, { query: REGISTRATION_HISTORY, variables: { id }, as: as.token });
  }

  it('should show the delegate and the organisers every change: who, when, from → to and why, with the system as a null actor', async () => {
    const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 1 });
    const ada = await createUser(t.db, { name: 'Ada First' });
    const ben = await createUser(t.db, { name: 'Ben Second' });
    const adaReg = await register(ada, event.id);
    const benReg = await register(ben, event.id);
    await ok(ada, CANCEL_REGISTRATION, { id: adaReg }); // frees the place: Ben is offered it by the system
    await ok(ben, ACCEPT_OFFER, { id: benReg });
    await ok(organiser, CHECK_IN, { id: benReg });

    const expected = [
      { fromStatus: null, toStatus: 'WAITLISTED', reason: null, actor: { id: ben.id, name: 'Ben Second' }, otherEvent: null },
      { fromStatus: 'WAITLISTED', toStatus: 'OFFERED', reason: 'PLACE_FREED', actor: null, otherEvent: null },
      { fromStatus: 'OFFERED', toStatus: 'CONFIRMED', reason: 'OFFER_ACCEPTED', actor: { id: ben.id, name: 'Ben Second' }, otherEvent: null },
      { fromStatus: 'CONFIRMED', toStatus: 'CONFIRMED', reason: 'CHECKED_IN', actor: { id: organiser.id, name: 'Olu Organiser' }, otherEvent: null },
    ];
    const own = await history(ben, benReg);
    expect(own.errors).toBeUndefined();
    expect(strip(own.data!.registration!.history)).toEqual(expected);
    const times = own.data!.registration!.history.map((c) => Date.parse(c.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(times.every((ms) => Number.isFinite(ms))).toBe(true);

    // The same history for the organiser, from their delegate list and the one-delegate query.
    const list = await gql<{ eventDelegates: { edges: { node: { name: string; registration: Reg } }[] } }>(t.url, {
      query: DELEGATES_WITH_HISTORY,
      variables: { eventId: event.id, first: 10 },
      as: organiser.token,
    });
    expect(list.errors).toBeUndefined();
    const byName = new Map(list.data!.eventDelegates.edges.map((e) => [e.node.name, e.node.registration]));
    expect(strip(byName.get('Ben Second')!.history)).toEqual(expected);
    expect(strip(byName.get('Ada First')!.history)).toEqual([
      { fromStatus: null, toStatus: 'CONFIRMED', reason: null, actor: { id: ada.id, name: 'Ada First' }, otherEvent: null },
      { fromStatus: 'CONFIRMED', toStatus: 'CANCELLED', reason: 'SELF', actor: { id: ada.id, name: 'Ada First' }, otherEvent: null },
    ]);
    const one = await gql<{ eventDelegate: { name: string; email: string; registration: Reg } | null }>(t.url, {
      query: EVENT_DELEGATE,
      variables: { registrationId: benReg },
      as: organiser.token,
    });
    expect(one.errors).toBeUndefined();
    expect(one.data!.eventDelegate).toMatchObject({ name: 'Ben Second', email: ben.email, registration: { id: benReg } });
    expect(strip(one.data!.eventDelegate!.registration.history)).toEqual(expected);

    // A regional admin sees it too; the delegate's own list carries it.
    const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
    expect((await history(admin, benReg)).data!.registration!.history).toHaveLength(4);
    const mine = await gql<{ myRegistrations: Reg[] }>(t.url, {
      query: MY_REGISTRATIONS.replace('ticketQrSvg', 'ticketQrSvg history { toStatus reason }'),
      as: ben.token,
    });
    expect(mine.data!.myRegistrations.find((r) => r.id === benReg)!.history.map((c) => c.reason)).toEqual([null, 'PLACE_FREED', 'OFFER_ACCEPTED', 'CHECKED_IN']);
  });

  it('should not show a registration or its history to other members or organisers of other events', async () => {
    const event = await createEvent(t.db, { organiserId: organiser.id });
    const delegate = await createUser(t.db);
    const regId = await register(delegate, event.id);
    const member = await createUser(t.db);
    const otherOrganiser = await createUser(t.db, { roles: [{ role: Role.ORGANISER }] });

    for (const viewer of [member, otherOrganiser]) {
      const res = await history(viewer, regId);
      expect(res.errors).toBeUndefined();
      expect(res.data!.registration).toBeNull();
      expect(errorCode(await gql(t.url, { query: EVENT_DELEGATE, variables: { registrationId: regId }, as: viewer.token }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(t.url, { query: DELEGATES_WITH_HISTORY, variables: { eventId: event.id }, as: viewer.token }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await gql(t.url, { query: EVENT_DELEGATE, variables: { registrationId: regId } }))).toBe('UNAUTHENTICATED');
    const missing = await gql<{ eventDelegate: unknown }>(t.url, {
      query: EVENT_DELEGATE,
      variables: { registrationId: '00000000-0000-4000-8000-000000000000' },
      as: organiser.token,
    });
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.eventDelegate).toBeNull();
  });

  it('should name the other event on both sides of a move, with the organiser who moved them', async () => {
    const from = await createEvent(t.db, { organiserId: organiser.id, title: 'Where they were' });
    const to = await createEvent(t.db, { organiserId: organiser.id, title: 'Where they went' });
    const delegate = await createUser(t.db, { name: 'Mo Mover' });
    const oldReg = await register(delegate, from.id);
    const moved = await gql<{ moveRegistration: { id: string } }>(t.url, {
      query: MOVE_REGISTRATION,
      variables: { input: { registrationId: oldReg, toEventId: to.id } },
      as: organiser.token,
    });
    expect(moved.errors).toBeUndefined();
    const newReg = moved.data!.moveRegistration.id;
    const actor = { id: organiser.id, name: 'Olu Organiser' };

    expect(strip((await history(delegate, newReg)).data!.registration!.history)).toEqual([
      { fromStatus: null, toStatus: 'CONFIRMED', reason: 'MOVED', actor, otherEvent: { id: from.id, title: 'Where they were' } },
    ]);
    expect(strip((await history(organiser, oldReg)).data!.registration!.history)).toEqual([
      { fromStatus: null, toStatus: 'CONFIRMED', reason: null, actor: { id: delegate.id, name: 'Mo Mover' }, otherEvent: null },
      { fromStatus: 'CONFIRMED', toStatus: 'CANCELLED', reason: 'MOVED', actor, otherEvent: { id: to.id, title: 'Where they went' } },
    ]);
  });

  it('should use the same number of SQL statements for 3 and 12 delegates when history is requested', async () => {
    const source = await createEvent(t.db, { organiserId: organiser.id, title: 'Source of moves' });
    /** An event with n delegates: the first moved in from `source`, the second cancelled by the organiser, one checked in. */
    async function eventWith(n: number): Promise<string> {
      const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 50 });
      for (let i = 0; i < n; i += 1) {
        const user = await createUser(t.db, { name: `Delegate ${String(i).padStart(2, '0')}` });
        if (i === 0) {
          const first = await register(user, source.id);
          await ok(organiser, MOVE_REGISTRATION, { input: { registrationId: first, toEventId: event.id } });
          continue;
        }
        const id = await register(user, event.id);
        if (i === 1) await ok(organiser, CANCEL_REGISTRATION, { id });
        if (i === 2) await ok(organiser, CHECK_IN, { id });
      }
      return event.id;
    }
    const small = await eventWith(3);
    const large = await eventWith(12);
    const run = (eventId: string) =>
      countQueries(() =>
        gql<{ eventDelegates: { edges: { node: { registration: Reg } }[] } }>(t.url, {
          query: DELEGATES_WITH_HISTORY,
          variables: { eventId, first: 20 },
          as: organiser.token,
        }),
      );
    await run(small); // warm-up: the first request of a session also records its use
    const three = await run(small);
    const twelve = await run(large);
    expect(three.result.errors).toBeUndefined();
    expect(twelve.result.errors).toBeUndefined();
    expect(three.result.data!.eventDelegates.edges).toHaveLength(3);
    expect(twelve.result.data!.eventDelegates.edges).toHaveLength(12);
    const movedIn = twelve.result.data!.eventDelegates.edges[0].node.registration.history[0];
    expect(movedIn.otherEvent?.title).toBe('Source of moves');
    expect(twelve.count).toBe(three.count);
    expect(three.count).toBeLessThanOrEqual(12);
  });
});
