import { Role } from '@mic/shared-util';

import { createCaseStudy } from '../factories/case-study.factory';
import { createEvent } from '../factories/event.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { gql } from '../setup/gql';

const SEARCH = `query Search($search: String, $first: Int!) {
  caseStudies(first: $first, filter: { search: $search, status: PUBLISHED }) { totalCount edges { node { id title } } }
}`;
const LINK = `mutation Link($input: UpdateEventInput!) { updateEvent(input: $input) { id title caseStudyIds } }`;
const LINKED = `query Linked($id: ID!) { event(id: $id) { caseStudyIds } eventLinkedCaseStudies(eventId: $id) { id title } }`;

/**
 * The contract the event editor's case study step relies on: any published
 * case study can be found by title (not only the newest 100), linked with
 * updateEvent, and an edit that leaves caseStudyIds out keeps every link.
 */
describe('case studies shown at an event', () => {
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

  it('should find a published case study outside the newest 100 by title, link it, and keep links on later edits', async () => {
    const owner = await createUser(t.db);
    const old = await createCaseStudy(t.db, { organisationId: owner.organisationId, title: 'Zebra crossing pilots' });
    await t.db.query(`UPDATE case_study SET published_at = now() - interval '3 years', created_at = now() - interval '3 years' WHERE id = $1`, [old.id]);
    for (let i = 0; i < 101; i += 1) await createCaseStudy(t.db, { organisationId: owner.organisationId, title: `Newer practice ${i}` });
    const draft = await createCaseStudy(t.db, { organisationId: owner.organisationId, title: 'Zebra draft', status: 'DRAFT' });

    const newest = await gql<{ caseStudies: { edges: { node: { id: string } }[] } }>(t.url, { query: SEARCH, variables: { first: 100 }, as: organiser.token });
    expect(newest.data!.caseStudies.edges.map((e) => e.node.id)).not.toContain(old.id);
    const found = await gql<{ caseStudies: { totalCount: number; edges: { node: { id: string; title: string } }[] } }>(t.url, {
      query: SEARCH,
      variables: { search: 'zebra', first: 20 },
      as: organiser.token,
    });
    expect(found.data!.caseStudies.edges.map((e) => e.node)).toEqual([{ id: old.id, title: 'Zebra crossing pilots' }]);
    expect(found.data!.caseStudies.edges.map((e) => e.node.id)).not.toContain(draft.id);

    const event = await createEvent(t.db, { organiserId: organiser.id, title: 'Linking day' });
    const another = await createCaseStudy(t.db, { organisationId: owner.organisationId, title: 'Another practice' });
    const linked = await gql<{ updateEvent: { caseStudyIds: string[] } }>(t.url, {
      query: LINK,
      variables: { input: { id: event.id, caseStudyIds: [old.id, another.id] } },
      as: organiser.token,
    });
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.updateEvent.caseStudyIds).toEqual([old.id, another.id]);

    // An edit that does not mention case studies (e.g. the title) keeps them.
    const renamed = await gql<{ updateEvent: { title: string; caseStudyIds: string[] } }>(t.url, {
      query: LINK,
      variables: { input: { id: event.id, title: 'Linking day (renamed)' } },
      as: organiser.token,
    });
    expect(renamed.data!.updateEvent).toEqual({ id: event.id, title: 'Linking day (renamed)', caseStudyIds: [old.id, another.id] });
    const shown = await gql<{ event: { caseStudyIds: string[] }; eventLinkedCaseStudies: { title: string }[] }>(t.url, {
      query: LINKED,
      variables: { id: event.id },
    });
    expect(shown.data!.eventLinkedCaseStudies.map((c) => c.title)).toEqual(['Another practice', 'Zebra crossing pilots']);
  });
});
