import { Role } from '@mic/shared-util';

import { createCaseStudy } from '../factories/case-study.factory';
import { createEvent } from '../factories/event.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import type { GqlResult } from '../setup/gql';
import { errorCode, gql } from '../setup/gql';

const EVENT_FIELDS = 'id title capacity caseStudyIds version';
const UPDATE = `mutation Update($input: UpdateEventInput!) { updateEvent(input: $input) { ${EVENT_FIELDS} } }`;
const LINK = `mutation Link($input: LinkEventCaseStudyInput!) { linkEventCaseStudy(input: $input) { ${EVENT_FIELDS} } }`;
const UNLINK = `mutation Unlink($input: UnlinkEventCaseStudyInput!) { unlinkEventCaseStudy(input: $input) { ${EVENT_FIELDS} } }`;
const READ = `query Read($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`;

interface EventData {
  id: string;
  title: string;
  capacity: number;
  caseStudyIds: string[];
  version: number;
}

const CHANGED = 'Someone else changed this event since you opened it. Reload to see their changes, then make yours again.';

/**
 * Nothing is lost when organisers change an event at the same time: updateEvent
 * refuses a save made from an older version (CONFLICT), and case study links
 * change one at a time in one statement, so concurrent adds and removes all apply.
 */
describe('event versions and case study links under concurrency', () => {
  let t: TestApp;
  let organiser: TestUser;
  let coOrganiser: TestUser;
  let owner: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ DATABASE_POOL_SIZE: '12' });
    await resetDatabase(t.db);
    organiser = await createUser(t.db, { roles: [{ role: Role.ORGANISER }] });
    coOrganiser = await createUser(t.db, { roles: [{ role: Role.ORGANISER }] });
    owner = await createUser(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  async function read(id: string): Promise<EventData> {
    const res = await gql<{ event: EventData }>(t.url, { query: READ, variables: { id }, as: organiser.token });
    return res.data!.event;
  }

  async function sharedEvent(title: string): Promise<{ id: string }> {
    const event = await createEvent(t.db, { organiserId: organiser.id, title });
    await t.db.query(`UPDATE event SET organiser_user_ids = $2 WHERE id = $1`, [event.id, [organiser.id, coOrganiser.id]]);
    return event;
  }

  describe('updateEvent', () => {
    it('should save exactly one of two concurrent changes from the same version and refuse the other with CONFLICT', async () => {
      const event = await sharedEvent('Version day');
      const { version } = await read(event.id);
      expect(version).toBe(1);

      const [a, b] = await Promise.all([
        gql<{ updateEvent: EventData }>(t.url, { query: UPDATE, as: organiser.token, variables: { input: { id: event.id, title: 'Changed by A', expectedVersion: version } } }),
        gql<{ updateEvent: EventData }>(t.url, { query: UPDATE, as: coOrganiser.token, variables: { input: { id: event.id, capacity: 25, expectedVersion: version } } }),
      ]);
      const results: GqlResult<{ updateEvent: EventData }>[] = [a, b];
      const saved = results.filter((r) => !r.errors);
      const refused = results.filter((r) => r.errors);
      expect(saved).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(errorCode(refused[0])).toBe('CONFLICT');
      expect(refused[0].errors![0].message).toBe(CHANGED);
      expect(saved[0].data!.updateEvent.version).toBe(version + 1);

      // Only the saved change is in the database; the refused one changed nothing.
      const now = await read(event.id);
      expect(now.version).toBe(version + 1);
      if (saved[0] === a) expect(now).toMatchObject({ title: 'Changed by A', capacity: 10 });
      else expect(now).toMatchObject({ title: 'Version day', capacity: 25 });
    });

    it('should refuse a save from an older version and accept one from the current version', async () => {
      const event = await sharedEvent('Stale day');
      const first = await gql<{ updateEvent: EventData }>(t.url, { query: UPDATE, as: organiser.token, variables: { input: { id: event.id, capacity: 12, expectedVersion: 1 } } });
      expect(first.errors).toBeUndefined();
      expect(first.data!.updateEvent.version).toBe(2);

      const stale = await gql(t.url, { query: UPDATE, as: coOrganiser.token, variables: { input: { id: event.id, title: 'Stale title', expectedVersion: 1 } } });
      expect(errorCode(stale)).toBe('CONFLICT');
      expect((await read(event.id)).title).toBe('Stale day');

      const fresh = await gql<{ updateEvent: EventData }>(t.url, { query: UPDATE, as: coOrganiser.token, variables: { input: { id: event.id, title: 'Fresh title', expectedVersion: 2 } } });
      expect(fresh.errors).toBeUndefined();
      expect(fresh.data!.updateEvent).toMatchObject({ title: 'Fresh title', capacity: 12, version: 3 });
    });

    it('should still save without expectedVersion (existing clients), raising the version', async () => {
      const event = await sharedEvent('Unversioned day');
      const res = await gql<{ updateEvent: EventData }>(t.url, { query: UPDATE, as: organiser.token, variables: { input: { id: event.id, title: 'Unversioned day (renamed)' } } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateEvent).toMatchObject({ title: 'Unversioned day (renamed)', version: 2 });
    });

    it('should reject a version below 1 as BAD_USER_INPUT', async () => {
      const event = await sharedEvent('Bad version day');
      expect(errorCode(await gql(t.url, { query: UPDATE, as: organiser.token, variables: { input: { id: event.id, expectedVersion: 0 } } }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('linkEventCaseStudy and unlinkEventCaseStudy', () => {
    it('should link all of 10 case studies linked at the same time, raising the version once for each', async () => {
      const event = await sharedEvent('Ten links day');
      const studies = [];
      for (let i = 0; i < 10; i += 1) studies.push(await createCaseStudy(t.db, { organisationId: owner.organisationId, title: `Concurrent practice ${i}` }));

      const results = await Promise.all(
        studies.map((cs, i) =>
          gql<{ linkEventCaseStudy: EventData }>(t.url, {
            query: LINK,
            as: i % 2 ? coOrganiser.token : organiser.token,
            variables: { input: { eventId: event.id, caseStudyId: cs.id } },
          }),
        ),
      );
      expect(results.flatMap((r) => r.errors ?? []).map((e) => e.message)).toEqual([]);
      const now = await read(event.id);
      expect([...now.caseStudyIds].sort()).toEqual(studies.map((cs) => cs.id).sort());
      expect(now.version).toBe(11);
    });

    it('should apply both a link and an unlink of different case studies made at the same time', async () => {
      const event = await sharedEvent('Link and unlink day');
      const kept = await createCaseStudy(t.db, { organisationId: owner.organisationId });
      const removed = await createCaseStudy(t.db, { organisationId: owner.organisationId });
      const added = await createCaseStudy(t.db, { organisationId: owner.organisationId });
      await t.db.query(`UPDATE event SET case_study_ids = $2 WHERE id = $1`, [event.id, [kept.id, removed.id]]);

      for (let round = 0; round < 5; round += 1) {
        const [link, unlink] = await Promise.all([
          gql(t.url, { query: LINK, as: organiser.token, variables: { input: { eventId: event.id, caseStudyId: added.id } } }),
          gql(t.url, { query: UNLINK, as: coOrganiser.token, variables: { input: { eventId: event.id, caseStudyId: removed.id } } }),
        ]);
        expect([link.errors, unlink.errors]).toEqual([undefined, undefined]);
        expect([...(await read(event.id)).caseStudyIds].sort()).toEqual([kept.id, added.id].sort());
        // Back to the start for the next round (the link and unlink again race).
        await t.db.query(`UPDATE event SET case_study_ids = $2 WHERE id = $1`, [event.id, [kept.id, removed.id]]);
      }
    });

    it('should change nothing (and keep the version) when linking a linked case study or unlinking one not linked', async () => {
      const event = await sharedEvent('Idempotent day');
      const cs = await createCaseStudy(t.db, { organisationId: owner.organisationId });
      const first = await gql<{ linkEventCaseStudy: EventData }>(t.url, { query: LINK, as: organiser.token, variables: { input: { eventId: event.id, caseStudyId: cs.id } } });
      expect(first.data!.linkEventCaseStudy).toMatchObject({ caseStudyIds: [cs.id], version: 2 });
      const again = await gql<{ linkEventCaseStudy: EventData }>(t.url, { query: LINK, as: organiser.token, variables: { input: { eventId: event.id, caseStudyId: cs.id } } });
      expect(again.data!.linkEventCaseStudy).toMatchObject({ caseStudyIds: [cs.id], version: 2 });

      const unlinked = await gql<{ unlinkEventCaseStudy: EventData }>(t.url, { query: UNLINK, as: organiser.token, variables: { input: { eventId: event.id, caseStudyId: cs.id } } });
      expect(unlinked.data!.unlinkEventCaseStudy).toMatchObject({ caseStudyIds: [], version: 3 });
      const twice = await gql<{ unlinkEventCaseStudy: EventData }>(t.url, { query: UNLINK, as: organiser.token, variables: { input: { eventId: event.id, caseStudyId: cs.id } } });
      expect(twice.data!.unlinkEventCaseStudy).toMatchObject({ caseStudyIds: [], version: 3 });
    });

    it('should make an editor save from before a link a CONFLICT, so the link is not overwritten', async () => {
      const event = await sharedEvent('Editor and picker day');
      const cs = await createCaseStudy(t.db, { organisationId: owner.organisationId });
      const opened = await read(event.id);
      await gql(t.url, { query: LINK, as: coOrganiser.token, variables: { input: { eventId: event.id, caseStudyId: cs.id } } });
      const save = await gql(t.url, {
        query: UPDATE,
        as: organiser.token,
        variables: { input: { id: event.id, title: 'Editor title', caseStudyIds: opened.caseStudyIds, expectedVersion: opened.version } },
      });
      expect(errorCode(save)).toBe('CONFLICT');
      expect((await read(event.id)).caseStudyIds).toEqual([cs.id]);
    });

    it('should answer NOT_FOUND for a case study that is missing or not published, and unlink one no longer published', async () => {
      const event = await sharedEvent('Rules day');
      const draft = await createCaseStudy(t.db, { organisationId: owner.organisationId, status: 'DRAFT' });
      const archived = await createCaseStudy(t.db, { organisationId: owner.organisationId, status: 'ARCHIVED' });
      for (const caseStudyId of [draft.id, archived.id, '00000000-0000-4000-8000-000000000000']) {
        const res = await gql(t.url, { query: LINK, as: organiser.token, variables: { input: { eventId: event.id, caseStudyId } } });
        expect(errorCode(res)).toBe('NOT_FOUND');
      }
      await t.db.query(`UPDATE event SET case_study_ids = $2 WHERE id = $1`, [event.id, [archived.id]]);
      const unlinked = await gql<{ unlinkEventCaseStudy: EventData }>(t.url, { query: UNLINK, as: organiser.token, variables: { input: { eventId: event.id, caseStudyId: archived.id } } });
      expect(unlinked.data!.unlinkEventCaseStudy.caseStudyIds).toEqual([]);
      expect((await read(event.id)).version).toBe(2);
    });

    it('should let only organisers of the event and regional admins change links', async () => {
      const event = await sharedEvent('Permissions day');
      const cs = await createCaseStudy(t.db, { organisationId: owner.organisationId });
      const other = await createUser(t.db, { roles: [{ role: Role.ORGANISER }] });
      const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
      const input = { eventId: event.id, caseStudyId: cs.id };
      expect(errorCode(await gql(t.url, { query: LINK, as: other.token, variables: { input } }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(t.url, { query: UNLINK, as: other.token, variables: { input } }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(t.url, { query: LINK, variables: { input } }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await gql(t.url, { query: LINK, as: admin.token, variables: { input: { eventId: event.id, caseStudyId: 'nope' } } }))).toBe('BAD_USER_INPUT');
      const byAdmin = await gql<{ linkEventCaseStudy: EventData }>(t.url, { query: LINK, as: admin.token, variables: { input } });
      expect(byAdmin.data!.linkEventCaseStudy.caseStudyIds).toEqual([cs.id]);
    });

    it('should refuse to change the links of a cancelled event (CONFLICT)', async () => {
      const event = await sharedEvent('Cancelled day');
      const cs = await createCaseStudy(t.db, { organisationId: owner.organisationId });
      await t.db.query(`UPDATE event SET status = 'CANCELLED' WHERE id = $1`, [event.id]);
      expect(errorCode(await gql(t.url, { query: LINK, as: organiser.token, variables: { input: { eventId: event.id, caseStudyId: cs.id } } }))).toBe('CONFLICT');
      expect(errorCode(await gql(t.url, { query: UNLINK, as: organiser.token, variables: { input: { eventId: event.id, caseStudyId: cs.id } } }))).toBe('CONFLICT');
    });
  });
});
