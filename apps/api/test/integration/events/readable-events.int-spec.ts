import { Role } from '@mic/shared-util';

import { createEvent } from '../factories/event.factory';
import { createOrganisation } from '../factories/organisation.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { CANCEL_REGISTRATION, CREATE_EVENT, REGISTER, UPDATE_EVENT } from './events.operations';

const DAY_MS = 86_400_000;

const CHECK_IN_AT_DESK = `mutation CheckIn($id: ID!, $eventId: ID) {
  checkIn(registrationId: $id, eventId: $eventId) {
    alreadyCheckedIn message registration { id checkedInAt } delegate { name organisationName icsName organisationTypeLabel }
  }
}`;
const MY_PLACE = `query Mine($id: ID!) { registration(id: $id) { id status waitlistPosition waitlistPlace } }`;
const DELEGATE_LABELS = `query Delegates($eventId: ID!, $first: Int) {
  eventDelegates(eventId: $eventId, first: $first) {
    edges { node { name icsName organisationTypeLabel registration { id status icsOdsCode organisationTypeKey waitlistPosition waitlistPlace } } }
  }
}`;
const ATTENDANCE_LABELS = `query Attendance($eventId: ID!) {
  attendanceReport(eventId: $eventId) { icsOdsCode icsName organisationTypeKey organisationTypeLabel confirmed attended }
}`;
const QUOTA_LABELS = `query Event($id: ID!) { event(id: $id) { id quotas { kind key label places } } }`;

/** RFC 4180 rows (quoted cells may hold commas and doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
  }
  return rows;
}

/** Readable names and live numbers: what organisers and delegates read about events (issue #11). */
describe('events: readable names, live waiting-list places, check-in and the registration deadline', () => {
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

  async function register(user: TestUser, eventId: string): Promise<{ id: string; status: string }> {
    const res = await gql<{ registerForEvent: { id: string; status: string } }>(t.url, {
      query: REGISTER,
      variables: { input: { eventId, consent: true } },
      as: user.token,
    });
    expect(res.errors).toBeUndefined();
    return res.data!.registerForEvent;
  }

  const csv = async (eventId: string): Promise<string[][]> => {
    const res = await fetch(`${t.url}/events/${eventId}/delegates.csv`, { headers: { authorization: `Bearer ${organiser.token}` } });
    expect(res.status).toBe(200);
    return parseCsv((await res.text()).replace(/^\uFEFF/, ''));
  };

  it('should show the live waiting-list place in the API and the CSV, never the stale stored number', async () => {
    const event = await createEvent(t.db, { organiserId: organiser.id, capacity: 1 });
    const [a, b, c, d] = [await createUser(t.db), await createUser(t.db), await createUser(t.db), await createUser(t.db)];
    await register(a, event.id);
    const rb = await register(b, event.id);
    const rc = await register(c, event.id);
    const rd = await register(d, event.id);
    expect([rb.status, rc.status, rd.status]).toEqual(['WAITLISTED', 'WAITLISTED', 'WAITLISTED']);

    // B and C leave the waiting list: D was number 3 and is now next.
    for (const [user, reg] of [[b, rb], [c, rc]] as const) {
      expect((await gql(t.url, { query: CANCEL_REGISTRATION, variables: { id: reg.id }, as: user.token })).errors).toBeUndefined();
    }
    const mine = await gql<{ registration: { waitlistPosition: number; waitlistPlace: number } }>(t.url, { query: MY_PLACE, variables: { id: rd.id }, as: d.token });
    expect(mine.data!.registration).toMatchObject({ waitlistPosition: 3, waitlistPlace: 1 });

    const rows = await csv(event.id);
    const header = rows[0];
    const place = header.indexOf('waiting_list_place');
    const status = header.indexOf('status_code');
    const waiting = rows.slice(1).filter((r) => r[status] === 'WAITLISTED');
    expect(waiting.map((r) => r[place])).toEqual(['1']);
    // Confirmed and cancelled rows have no waiting-list place.
    expect(rows.slice(1).filter((r) => r[status] !== 'WAITLISTED').every((r) => r[place] === '')).toBe(true);
  });

  it('should export codes beside readable labels and times in UK time', async () => {
    const event = await createEvent(t.db, { organiserId: organiser.id });
    const trust = await createOrganisation(t.db, { name: 'Walsall Healthcare', typeKey: 'NHS_TRUST', icsOdsCodes: ['QUA'] });
    const jane = await createUser(t.db, { name: 'Jane Smith', organisationId: trust.id });
    const reg = await register(jane, event.id);
    // Registered and checked in during British Summer Time: 08:14 UTC is 09:14 in the UK.
    await t.db.query(`UPDATE event_registration SET created_at = '2031-06-01T10:00:00Z', checked_in_at = '2031-06-10T08:14:00Z' WHERE id = $1`, [reg.id]);

    const [header, row] = await csv(event.id);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(header.slice(0, 13)).toEqual([
      'name', 'email', 'organisation', 'ics_code', 'ics', 'organisation_type_code', 'organisation_type',
      'status_code', 'status', 'waiting_list_place', 'checked_in_uk_time', 'tags', 'registered_uk_time',
    ]);
    expect([cell('ics_code'), cell('ics')]).toEqual(['QUA', 'Black Country']);
    expect([cell('organisation_type_code'), cell('organisation_type')]).toEqual(['NHS_TRUST', 'NHS trust']);
    expect([cell('status_code'), cell('status')]).toEqual(['CONFIRMED', 'Place confirmed']);
    expect(cell('checked_in_uk_time')).toBe('2031-06-10 09:14');
    expect(cell('registered_uk_time')).toBe('2031-06-01 11:00');
  });

  it('should give delegates, the attendance report and quotas their readable names, in a fixed number of statements', async () => {
    const event = await createEvent(t.db, {
      organiserId: organiser.id,
      capacity: 20,
      quotas: [
        { kind: 'ICS', key: 'QUA', places: 2 },
        { kind: 'ORGANISATION_TYPE', key: 'NHS_TRUST', places: 3 },
      ],
    });
    const trust = await createOrganisation(t.db, { typeKey: 'NHS_TRUST', icsOdsCodes: ['QHL'] });
    await register(await createUser(t.db, { organisationId: trust.id }), event.id);
    const quotas = await gql<{ event: { quotas: { key: string; label: string }[] } }>(t.url, { query: QUOTA_LABELS, variables: { id: event.id } });
    expect(quotas.data!.event.quotas.map((q) => [q.key, q.label])).toEqual([
      ['QUA', 'Black Country'],
      ['NHS_TRUST', 'NHS trust'],
    ]);
    const report = await gql<{ attendanceReport: { icsName: string; organisationTypeLabel: string }[] }>(t.url, {
      query: ATTENDANCE_LABELS,
      variables: { eventId: event.id },
      as: organiser.token,
    });
    expect(report.data!.attendanceReport).toEqual([
      { icsOdsCode: 'QHL', icsName: 'Birmingham and Solihull', organisationTypeKey: 'NHS_TRUST', organisationTypeLabel: 'NHS trust', confirmed: 1, attended: 0 },
    ]);

    // The live waiting-list place costs the same for 3 and 12 delegates (one statement per page).
    const full = await createEvent(t.db, { organiserId: organiser.id, capacity: 1 });
    for (let i = 0; i < 12; i += 1) await register(await createUser(t.db), full.id);
    const run = (first: number) =>
      countQueries(() =>
        gql<{ eventDelegates: { edges: { node: { icsName: string; registration: { waitlistPlace: number | null } } }[] } }>(t.url, {
          query: DELEGATE_LABELS,
          variables: { eventId: full.id, first },
          as: organiser.token,
        }),
      );
    await run(3);
    const three = await run(3);
    const twelve = await run(12);
    expect(twelve.result.errors).toBeUndefined();
    expect(twelve.count).toBe(three.count);
    const nodes = twelve.result.data!.eventDelegates.edges.map((e) => e.node);
    expect(nodes.every((n) => n.icsName === 'Black Country')).toBe(true);
    expect(nodes.map((n) => n.registration.waitlistPlace).filter((p) => p !== null).sort((x, y) => x! - y!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('should name the person checked in, say so on a second scan, and refuse a ticket for another event', async () => {
    const event = await createEvent(t.db, { organiserId: organiser.id });
    const other = await createEvent(t.db, { organiserId: organiser.id, title: 'The other event' });
    const trust = await createOrganisation(t.db, { name: 'Dudley Test Trust', typeKey: 'NHS_TRUST', icsOdsCodes: ['QUA'] });
    const jane = await createUser(t.db, { name: 'Jane Smith', organisationId: trust.id });
    const reg = await register(jane, event.id);
    const elsewhere = await register(await createUser(t.db, { name: 'Sam Lee' }), other.id);

    type CheckIn = { checkIn: { alreadyCheckedIn: boolean; message: string; delegate: { name: string; organisationName: string; icsName: string } } };
    const first = await gql<CheckIn>(t.url, { query: CHECK_IN_AT_DESK, variables: { id: reg.id, eventId: event.id }, as: organiser.token });
    expect(first.errors).toBeUndefined();
    expect(first.data!.checkIn.alreadyCheckedIn).toBe(false);
    expect(first.data!.checkIn.message).toMatch(/^Jane Smith \(Dudley Test Trust\) checked in at \d{2}:\d{2}\.$/);
    expect(first.data!.checkIn.delegate).toEqual({ name: 'Jane Smith', organisationName: 'Dudley Test Trust', icsName: 'Black Country', organisationTypeLabel: 'NHS trust' });

    const second = await gql<CheckIn>(t.url, { query: CHECK_IN_AT_DESK, variables: { id: reg.id, eventId: event.id }, as: organiser.token });
    expect(second.errors).toBeUndefined();
    expect(second.data!.checkIn.alreadyCheckedIn).toBe(true);
    expect(second.data!.checkIn.message).toMatch(/^Jane Smith \(Dudley Test Trust\) is already checked in: they checked in at \d{2}:\d{2}\.$/);

    const wrongDesk = await gql(t.url, { query: CHECK_IN_AT_DESK, variables: { id: elsewhere.id, eventId: event.id }, as: organiser.token });
    expect(errorCode(wrongDesk)).toBe('CONFLICT');
    expect(wrongDesk.errors![0].message).toBe('This ticket is for another event: The other event.');
    const rows: { checked_in_at: Date | null }[] = await t.db.query('SELECT checked_in_at FROM event_registration WHERE id = $1', [elsewhere.id]);
    expect(rows[0].checked_in_at).toBeNull();
  });

  it('should refuse registration after the deadline with the date, and refuse a deadline after the start', async () => {
    const created = await gql<{ createEvent: { id: string } }>(t.url, {
      query: CREATE_EVENT,
      variables: {
        input: {
          title: 'Deadline day',
          startsAt: new Date(Date.now() + 10 * DAY_MS).toISOString(),
          endsAt: new Date(Date.now() + 10 * DAY_MS + 3_600_000).toISOString(),
          capacity: 10,
          registrationClosesAt: new Date(Date.now() + 11 * DAY_MS).toISOString(),
        },
      },
      as: organiser.token,
    });
    expect(errorCode(created)).toBe('BAD_USER_INPUT');
    expect(created.errors![0].extensions!.field).toBe('registrationClosesAt');
    expect(created.errors![0].message).toBe('The registration deadline must be before the event starts.');

    const event = await createEvent(t.db, { organiserId: organiser.id });
    const closed = await gql(t.url, {
      query: UPDATE_EVENT,
      variables: { input: { id: event.id, registrationClosesAt: '2020-03-03T17:00:00Z' } },
      as: organiser.token,
    });
    expect(closed.errors).toBeUndefined();
    const refused = await gql(t.url, { query: REGISTER, variables: { input: { eventId: event.id, consent: true } }, as: (await createUser(t.db)).token });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toBe('Registration for this event has closed. It closed on Tuesday 3 March 2020 at 17:00 (UK time).');

    // Clearing the deadline (null) reopens registration until the start.
    expect((await gql(t.url, { query: UPDATE_EVENT, variables: { input: { id: event.id, registrationClosesAt: null } }, as: organiser.token })).errors).toBeUndefined();
    await register(await createUser(t.db), event.id);
  });
});
