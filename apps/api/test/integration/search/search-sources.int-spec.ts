import { randomUUID } from 'node:crypto';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../../src/common/auth/auth-user';
import { SearchSourceRegistry } from '../../../src/common/search/search-source';
import type {
  SearchDocument,
  SearchSourceProvider,
} from '../../../src/common/search/search-source';
import { Audience, isVisibleTo } from '../../../src/common/visibility/audience';
import { renderCommentBody } from '../../../src/modules/discussions/discussions.service';
import { createAdoption, createCaseStudy } from '../factories/case-study.factory';
import { ageAccounts, createThreadWithComments } from '../factories/discussion.factory';
import { createEvent } from '../factories/event.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { createToolkit } from '../factories/toolkit.factory';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { gql } from '../setup/gql';
import { SearchIndexChanges } from '../../../src/common/search/search-index-changes';
import { MODERATE, POST_COMMENT } from '../discussions/discussions.operations';
import { SearchIndexer } from '../../../src/modules/search/search-indexer.service';
import { SearchRepository } from '../../../src/modules/search/search.repository';

const MISSING = '00000000-0000-4000-8000-000000000000';
const TYPES = [
  'CASE_STUDY',
  'ADOPTION',
  'TOOLKIT',
  'TOOLKIT_SECTION',
  'EVENT',
  'THREAD',
  'COMMENT',
  'ORGANISATION',
  'PERSON',
] as const;
type DocType = (typeof TYPES)[number];

/** An AuthUser as the session strategy would build it, for audience checks. */
function viewer(
  id: string,
  organisationId: string | null,
  roles: { role: Role; icsId?: string | null }[] = [],
): AuthUser {
  return {
    id,
    name: 'Viewer',
    email: 'viewer@example.org',
    organisationId,
    membership: organisationId ? { organisationId, status: 'VERIFIED' } : null,
    roles: [
      { role: Role.MEMBER, icsId: null },
      ...roles.map((r) => ({ role: r.role, icsId: r.icsId ?? null })),
    ],
    verified: !!organisationId,
    sessionId: 's',
    createdAt: new Date(),
  };
}

describe('search sources (each feature contributes its documents)', () => {
  let t: TestApp;
  let registry: SearchSourceRegistry;
  let since: Date;
  let author: TestUser;
  let stranger: TestUser;
  let unverified: TestUser;
  let partnerOrg: { id: string; name: string };
  let study: { id: string; slug: string; title: string };
  let draft: { id: string; slug: string; title: string };
  const studies: string[] = [];
  let adoptionIds: string[];
  let toolkitIds: string[];
  let toolkitSlug: string;
  let eventId: string;
  let draftEventId: string;
  let cancelledEventId: string;
  let thread: { threadId: string; commentIds: string[] };
  let removedThread: { threadId: string; commentIds: string[] };
  let qhlIcsId: string;

  const source = (type: DocType): SearchSourceProvider => {
    const found = registry.get(type);
    if (!found) throw new Error(`no search source for ${type}`);
    return found.source;
  };
  const one = async (type: DocType, id: string): Promise<SearchDocument> => {
    const docs = await source(type).byIds([id]);
    expect(docs).toHaveLength(1);
    return docs[0];
  };

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    registry = t.app.get(SearchSourceRegistry);
    since = (await t.db.query(`SELECT clock_timestamp() AS now`))[0].now;
    qhlIcsId = (await t.db.query(`SELECT id FROM ics WHERE ods_code = 'QHL'`))[0].id;

    partnerOrg = await createOrganisation(t.db, {
      name: `Partner Trust ${randomUUID().slice(0, 6)}`,
    });
    author = await createUser(t.db, { name: 'Ada Author', icsOdsCodes: ['QHL'] });
    stranger = await createUser(t.db, { name: 'Sam Stranger' });
    unverified = await createUser(t.db, { name: 'Una Unverified', verified: false });

    study = await createCaseStudy(t.db, {
      organisationId: author.organisationId,
      title: 'Supported employment for people with frailty',
      icsOdsCode: 'QHL',
      themes: ['EMPLOYMENT'],
      evidenceLevel: 'EVALUATED',
    });
    studies.push(study.id);
    await t.db.query(
      `UPDATE case_study SET problem = 'People lost **jobs** after a stroke.', key_learning = '# Learning\n\nProcurement took months.',
              contact_email = 'secret.contact@example.org', contact_name = 'Carla Contact',
              place_id = (SELECT id FROM place WHERE ics_id = $2 ORDER BY name LIMIT 1)
        WHERE id = $1`,
      [study.id, qhlIcsId],
    );
    await t.db.query(
      `INSERT INTO case_study_partner (case_study_id, organisation_id, name, role, sort_order)
       VALUES ($1, $2, $3, 'Delivery partner', 0), ($1, NULL, 'Local Football Club', 'Venue', 1)`,
      [study.id, partnerOrg.id, partnerOrg.name],
    );
    draft = await createCaseStudy(t.db, {
      organisationId: author.organisationId,
      title: 'Secret draft about sleep clinics',
      status: 'DRAFT',
    });
    studies.push(draft.id);
    studies.push((await createCaseStudy(t.db, { organisationId: author.organisationId })).id);

    const adopter = await createOrganisation(t.db, {
      name: 'Adopting Council',
      icsOdsCodes: ['QUA'],
    });
    const adopter2 = await createOrganisation(t.db, { icsOdsCodes: ['QUA'] });
    adoptionIds = [
      (
        await createAdoption(t.db, {
          caseStudyId: study.id,
          organisationId: adopter.id,
          icsOdsCode: 'QUA',
          stage: 'PILOTING',
        })
      ).id,
      (
        await createAdoption(t.db, {
          caseStudyId: study.id,
          organisationId: adopter2.id,
          icsOdsCode: 'QUA',
        })
      ).id,
    ];
    await t.db.query(
      `INSERT INTO adoption_adaptation (adoption_id, component, decision, detail)
       VALUES ($1, 'Weekly job club', 'ADAPTED', 'Moved to fortnightly because of **transport**.')`,
      [adoptionIds[0]],
    );
    await t.db.query(
      `UPDATE adoption SET contacts = '[{"side":"ADOPTER","name":"Pat","role":null,"email":"pat.private@example.org"}]' WHERE id = $1`,
      [adoptionIds[0]],
    );

    const toolkit = await createToolkit(t.db, { ownerOrganisationId: author.organisationId });
    toolkitSlug = toolkit.slug;
    toolkitIds = [
      toolkit.id,
      (await createToolkit(t.db, { ownerOrganisationId: author.organisationId })).id,
    ];

    eventId = (
      await createEvent(t.db, {
        organiserId: author.id,
        title: 'Frailty summit',
        icsOdsCodes: ['QHL'],
        onlineUrl: 'https://meet.example.org/secret-room',
      })
    ).id;
    draftEventId = (
      await createEvent(t.db, {
        organiserId: author.id,
        title: 'Unannounced event',
        status: 'DRAFT',
      })
    ).id;
    cancelledEventId = (await createEvent(t.db, { organiserId: author.id, status: 'CANCELLED' }))
      .id;

    thread = await createThreadWithComments(t.db, {
      authorIds: [author.id, stranger.id],
      count: 4,
    });
    await t.db.query(
      `UPDATE thread SET title = 'Which procurement route did you use?' WHERE id = $1`,
      [thread.threadId],
    );
    await t.db.query(`UPDATE comment SET body = $2, body_html = $3 WHERE id = $1`, [
      thread.commentIds[1],
      `Ask @[Ada Author](mention:${author.id}) about the framework.`,
      renderCommentBody('Ask about the framework.'),
    ]);
    // A moderator hid the third comment; its author removed the fourth.
    await t.db.query(`UPDATE comment SET hidden_at = now(), hidden_reason = 'SPAM' WHERE id = $1`, [
      thread.commentIds[2],
    ]);
    await t.db.query(`UPDATE comment SET deleted_at = now() WHERE id = $1`, [thread.commentIds[3]]);
    // A thread whose opening post was removed: the thread is gone for readers.
    removedThread = await createThreadWithComments(t.db, { authorIds: [stranger.id], count: 2 });
    await t.db.query(`UPDATE comment SET deleted_at = now() WHERE id = $1`, [
      removedThread.commentIds[0],
    ]);
  });

  afterAll(async () => {
    await t.close();
  });

  it('should have a source for every document type', () => {
    expect(
      registry
        .all()
        .map((s) => s.type)
        .sort(),
    ).toEqual([...TYPES].sort());
  });

  describe('CASE_STUDY', () => {
    it('should index every text field, partners and places, with facets and labels, for anyone once published', async () => {
      const doc = await one('CASE_STUDY', study.id);
      expect(doc).toMatchObject({
        type: 'CASE_STUDY',
        id: study.id,
        title: study.title,
        summary: 'A summary of the test practice.',
        url: `/case-studies/${study.slug}`,
        facets: { ics: ['QHL'], theme: ['EMPLOYMENT'], evidenceLevel: ['EVALUATED'] },
        audience: [Audience.anyone()],
      });
      expect(doc.facetLabels?.ics?.QHL).toMatch(/Birmingham/);
      expect(doc.facetLabels?.theme?.EMPLOYMENT).toBeTruthy();
      expect(doc.facetLabels?.evidenceLevel?.EVALUATED).toBe('Independently evaluated');
      expect(doc.body).toContain('People lost jobs after a stroke.');
      expect(doc.body).toContain('Procurement took months.');
      expect(doc.body).not.toMatch(/[*#]/);
      expect(doc.body).toContain(partnerOrg.name);
      expect(doc.body).toContain('Local Football Club');
      expect(doc.body).toContain('Carla Contact');
      const place: { name: string }[] = await t.db.query(
        `SELECT p.name FROM place p JOIN case_study cs ON cs.place_id = p.id WHERE cs.id = $1`,
        [study.id],
      );
      expect(doc.body).toContain(place[0].name);
      expect(JSON.stringify(doc)).not.toContain('secret.contact');
    });

    it('should give a draft an editors-only audience: its organisation and regional admins, never outsiders', async () => {
      const doc = await one('CASE_STUDY', draft.id);
      expect([...doc.audience].sort()).toEqual(
        [Audience.organisation(author.organisationId), Audience.role(Role.REGIONAL_ADMIN)].sort(),
      );
      expect(isVisibleTo(doc.audience, viewer(author.id, author.organisationId))).toBe(true);
      expect(isVisibleTo(doc.audience, viewer(stranger.id, stranger.organisationId))).toBe(false);
      expect(isVisibleTo(doc.audience, null)).toBe(false);
      // A moderator (reviewer) sees it only once submitted, as the policy says.
      const moderator = viewer(stranger.id, stranger.organisationId, [{ role: Role.MODERATOR }]);
      expect(isVisibleTo(doc.audience, moderator)).toBe(false);
      await t.db.query(`UPDATE case_study SET status = 'SUBMITTED' WHERE id = $1`, [draft.id]);
      try {
        expect(isVisibleTo((await one('CASE_STUDY', draft.id)).audience, moderator)).toBe(true);
      } finally {
        await t.db.query(`UPDATE case_study SET status = 'DRAFT' WHERE id = $1`, [draft.id]);
      }
    });

    it('should leave out ids that do not exist or are malformed', async () => {
      expect(await source('CASE_STUDY').byIds([MISSING, 'not-a-uuid', ''])).toEqual([]);
      expect(await source('CASE_STUDY').byIds([])).toEqual([]);
    });
  });

  describe('ADOPTION', () => {
    it('should index the adopter, stage and adaptation log, never the contacts, for whoever may see its case study', async () => {
      const doc = await one('ADOPTION', adoptionIds[0]);
      expect(doc).toMatchObject({
        type: 'ADOPTION',
        title: `Adopting Council adopting ${study.title}`,
        url: `/adoptions/${adoptionIds[0]}`,
        facets: { ics: ['QUA'], theme: ['EMPLOYMENT'], adoptionStage: ['PILOTING'] },
        audience: [Audience.anyone()],
      });
      expect(doc.facetLabels?.adoptionStage?.PILOTING).toBe('Piloting');
      expect(doc.body).toContain(
        'Weekly job club (adapted): Moved to fortnightly because of transport.',
      );
      expect(JSON.stringify(doc)).not.toContain('pat.private');
    });

    it('should follow the case study: an adoption of a case study put back to draft is found by its editors only', async () => {
      await t.db.query(`UPDATE case_study SET status = 'DRAFT' WHERE id = $1`, [study.id]);
      try {
        const doc = await one('ADOPTION', adoptionIds[0]);
        expect(isVisibleTo(doc.audience, null)).toBe(false);
        expect(isVisibleTo(doc.audience, viewer(author.id, author.organisationId))).toBe(true);
      } finally {
        await t.db.query(`UPDATE case_study SET status = 'PUBLISHED' WHERE id = $1`, [study.id]);
      }
    });
  });

  describe('TOOLKIT and TOOLKIT_SECTION', () => {
    it('should index the toolkit for signed-in members, as its queries are', async () => {
      const doc = await one('TOOLKIT', toolkitIds[0]);
      expect(doc).toMatchObject({
        type: 'TOOLKIT',
        title: `Toolkit ${toolkitSlug}`,
        url: `/toolkits/${toolkitSlug}`,
        facets: { ics: ['QHL'] },
        audience: [Audience.signedIn()],
      });
      expect(doc.body).toContain('Section A, Section B');
    });

    it('should index each section of the current version as its own result, linked to its anchor', async () => {
      const docs = await source('TOOLKIT_SECTION').byIds([
        `${toolkitIds[0]}:b`,
        `${toolkitIds[0]}:a`,
        `${toolkitIds[0]}:zz`,
        'bad:a',
        MISSING,
      ]);
      expect(docs.map((d) => [d.id, d.title, d.body, d.url])).toEqual([
        [
          `${toolkitIds[0]}:b`,
          `Section B: Toolkit ${toolkitSlug}`,
          'Beta',
          `/toolkits/${toolkitSlug}#section-b`,
        ],
        [
          `${toolkitIds[0]}:a`,
          `Section A: Toolkit ${toolkitSlug}`,
          'Alpha',
          `/toolkits/${toolkitSlug}#section-a`,
        ],
      ]);
      expect(docs[0].audience).toEqual([Audience.signedIn()]);
    });

    it('should follow a new version: a dropped section no longer exists, a new one does', async () => {
      await t.db.query(
        `INSERT INTO toolkit_version (toolkit_id, number, changelog, sections)
         VALUES ($1, 2, 'Second', '[{"key":"a","title":"Section A","body":"Alpha two"},{"key":"c","title":"Section C","body":"Gamma"}]')`,
        [toolkitIds[1]],
      );
      const docs = await source('TOOLKIT_SECTION').byIds([
        `${toolkitIds[1]}:a`,
        `${toolkitIds[1]}:b`,
        `${toolkitIds[1]}:c`,
      ]);
      expect(docs.map((d) => [d.id, d.body])).toEqual([
        [`${toolkitIds[1]}:a`, 'Alpha two'],
        [`${toolkitIds[1]}:c`, 'Gamma'],
      ]);
    });
  });

  describe('EVENT', () => {
    it('should index a published event for anyone, never its online link', async () => {
      const doc = await one('EVENT', eventId);
      expect(doc).toMatchObject({
        title: 'Frailty summit',
        url: `/events/${eventId}`,
        facets: { ics: ['QHL'], theme: [] },
        audience: [Audience.anyone()],
      });
      expect(doc.body).toContain('A test event.');
      expect(doc.body).toContain('The Studio, Birmingham');
      expect(JSON.stringify(doc)).not.toContain('secret-room');
    });

    it('should keep a draft to those who manage it, and a cancelled event findable as the events pages show it', async () => {
      const drafted = await one('EVENT', draftEventId);
      expect([...drafted.audience].sort()).toEqual(
        [Audience.user(author.id), Audience.role(Role.REGIONAL_ADMIN)].sort(),
      );
      expect(isVisibleTo(drafted.audience, viewer(stranger.id, stranger.organisationId))).toBe(
        false,
      );
      const cancelled = await one('EVENT', cancelledEventId);
      expect(cancelled.audience).toEqual([Audience.anyone()]);
      expect(cancelled.summary).toMatch(/^Cancelled\./);
    });
  });

  describe('THREAD and COMMENT', () => {
    it('should index a thread by its title and opening post, for signed-in members', async () => {
      const doc = await one('THREAD', thread.threadId);
      expect(doc).toMatchObject({
        title: 'Which procurement route did you use?',
        body: 'Comment 0',
        url: `/discussions/${thread.threadId}`,
        audience: [Audience.signedIn()],
      });
    });

    it('should index replies with mentions as names, linked to their anchor; the opening post only through its thread', async () => {
      const [opening, reply] = await Promise.all([
        one('COMMENT', thread.commentIds[0]),
        one('COMMENT', thread.commentIds[1]),
      ]);
      expect(opening.audience).toEqual([]);
      expect(reply).toMatchObject({
        body: 'Ask @Ada Author about the framework.',
        summary: 'In “Which procurement route did you use?”',
        url: `/discussions/${thread.threadId}#comment-${thread.commentIds[1]}`,
        audience: [Audience.signedIn()],
      });
    });

    it('should give hidden and removed comments an empty audience and none of their text', async () => {
      const docs = await source('COMMENT').byIds([thread.commentIds[2], thread.commentIds[3]]);
      expect(docs).toHaveLength(2);
      for (const doc of docs) {
        expect(doc.audience).toEqual([]);
        expect(doc.body).toBe('');
      }
    });

    it('should give a thread whose opening post is removed an empty audience', async () => {
      const doc = await one('THREAD', removedThread.threadId);
      expect(doc.audience).toEqual([]);
      expect(doc.body).toBe('');
    });

    it('should leave out a thread that no longer exists', async () => {
      expect(await source('THREAD').byIds([MISSING])).toEqual([]);
    });
  });

  describe('ORGANISATION', () => {
    it('should index name, type and ICSs for anyone, with facets', async () => {
      const doc = await one('ORGANISATION', author.organisationId);
      expect(doc).toMatchObject({
        type: 'ORGANISATION',
        url: `/organisations/${author.organisationId}`,
        facets: { ics: ['QHL'], organisationType: ['VCSE'] },
        audience: [Audience.anyone()],
      });
      expect(doc.facetLabels?.ics?.QHL).toMatch(/Birmingham/);
      expect(doc.facetLabels?.organisationType?.VCSE).toBeTruthy();
    });
  });

  describe('PERSON', () => {
    it('should index a verified member for verified members, by name and organisation, never the email', async () => {
      await t.db.query(
        `INSERT INTO role_assignment (user_id, role, ics_id, scope_key) VALUES ($1, 'ICS_ADMIN', $2::uuid, $2::text)`,
        [author.id, qhlIcsId],
      );
      const doc = await one('PERSON', author.id);
      expect(doc).toMatchObject({
        title: 'Ada Author',
        url: `/people/${author.id}`,
        facets: { ics: ['QHL'], organisationType: ['VCSE'] },
        audience: [Audience.verifiedMembers()],
      });
      expect(doc.summary).toMatch(/ICS admin|ICS administrator/i);
      expect(doc.body).toContain('Test Organisation');
      const all = JSON.stringify(doc).toLowerCase();
      expect(all).not.toContain(author.email.toLowerCase());
      expect(all).not.toContain(author.email.split('@')[0].toLowerCase());
      expect(all).not.toContain('example.org');
    });

    it('should give someone not verified an empty audience and nothing of them', async () => {
      const doc = await one('PERSON', unverified.id);
      expect(doc.audience).toEqual([]);
      expect(doc.title).toBe('');
      expect(JSON.stringify(doc)).not.toContain(unverified.email);
    });
  });

  describe('changedSince', () => {
    it.each(TYPES)(
      '%s: should page (limit 2) through every change exactly once, oldest first',
      async (type) => {
        const all = await source(type).changedSince(since, 10_000);
        expect(all.next).toBeNull();
        expect(all.documents.length).toBeGreaterThan(0);
        const paged: SearchDocument[] = [];
        let after: string | null = null;
        for (let i = 0; i < 1000; i++) {
          const page = await source(type).changedSince(since, 2, after);
          expect(page.documents.length).toBeLessThanOrEqual(2);
          paged.push(...page.documents);
          after = page.next;
          if (!after) break;
        }
        expect(after).toBeNull();
        const ids = paged.map((d) => d.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toEqual(all.documents.map((d) => d.id));
        const times = paged.map((d) => d.updatedAt.getTime());
        expect([...times].sort((a, b) => a - b)).toEqual(times);
      },
    );

    it('should include what was created here, and removed and hidden things with an empty audience', async () => {
      const ids = async (type: DocType) =>
        new Map((await source(type).changedSince(since, 10_000)).documents.map((d) => [d.id, d]));
      const cs = await ids('CASE_STUDY');
      for (const id of studies) expect(cs.has(id)).toBe(true);
      const sections = await ids('TOOLKIT_SECTION');
      expect(sections.has(`${toolkitIds[0]}:a`)).toBe(true);
      const comments = await ids('COMMENT');
      expect(comments.get(thread.commentIds[2])?.audience).toEqual([]);
      expect(comments.get(thread.commentIds[3])?.audience).toEqual([]);
      expect((await ids('THREAD')).get(removedThread.threadId)?.audience).toEqual([]);
      expect((await ids('PERSON')).get(unverified.id)?.audience).toEqual([]);
      expect((await ids('EVENT')).has(draftEventId)).toBe(true);
    });

    it('should return nothing changed after now, and start over on a malformed cursor', async () => {
      const future = new Date(Date.now() + 86_400_000);
      expect((await source('CASE_STUDY').changedSince(future, 10)).documents).toEqual([]);
      const fromStart = await source('CASE_STUDY').changedSince(since, 2, 'garbage');
      expect(fromStart.documents.map((d) => d.id)).toEqual(
        (await source('CASE_STUDY').changedSince(since, 2)).documents.map((d) => d.id),
      );
    });
  });

  /** The most statements each source's byIds may issue, whatever the number of ids. */
  const MAX_STATEMENTS: Record<DocType, number> = {
    CASE_STUDY: 2,
    ADOPTION: 4,
    TOOLKIT: 2,
    TOOLKIT_SECTION: 2,
    EVENT: 2,
    THREAD: 2,
    COMMENT: 1,
    ORGANISATION: 1,
    PERSON: 2,
  };

  describe('byIds statement count', () => {
    it.each(TYPES)('%s: should not grow with the number of ids', async (type) => {
      const { documents } = await source(type).changedSince(null, 12);
      const ids = documents.map((d) => d.id);
      expect(ids.length).toBeGreaterThanOrEqual(2);
      const single = await countQueries(() => source(type).byIds(ids.slice(0, 1)));
      const many = await countQueries(() => source(type).byIds(ids));
      expect(many.result.length).toBe(ids.length);
      expect(single.count).toBeGreaterThanOrEqual(1);
      expect(single.count).toBeLessThanOrEqual(MAX_STATEMENTS[type]);
      expect(many.count).toBeLessThanOrEqual(MAX_STATEMENTS[type]);
    });
  });

  describe('signals on save', () => {
    const signals: [string, string[]][] = [];

    beforeAll(() => {
      t.app.get(SearchIndexChanges).subscribe(async (type, ids) => {
        signals.push([type, [...ids]]);
      });
    });
    beforeEach(() => {
      signals.length = 0;
    });

    it('should signal a posted comment and its thread once the write has committed, then hide and restore', async () => {
      await ageAccounts(t.db, [stranger.id]);
      const posted = await gql<{ postComment: { id: string } }>(t.url, {
        query: POST_COMMENT,
        as: stranger.token,
        variables: {
          input: { threadId: thread.threadId, body: 'We used the **dynamic** purchasing system.' },
        },
      });
      const id = posted.data!.postComment.id;
      expect(signals).toEqual([
        ['COMMENT', [id]],
        ['THREAD', [thread.threadId]],
      ]);
      expect((await one('COMMENT', id)).audience).toEqual([Audience.signedIn()]);

      const moderator = await createUser(t.db, { roles: [{ role: Role.MODERATOR }] });
      signals.length = 0;
      const hidden = await gql(t.url, {
        query: MODERATE,
        as: moderator.token,
        variables: { input: { commentId: id, action: 'HIDE', reason: 'Off topic' } },
      });
      expect(hidden.errors).toBeUndefined();
      expect(signals).toContainEqual(['COMMENT', [id]]);
      expect((await one('COMMENT', id)).audience).toEqual([]);

      signals.length = 0;
      await gql(t.url, {
        query: MODERATE,
        as: moderator.token,
        variables: { input: { commentId: id, action: 'RESTORE', reason: 'Fine after all' } },
      });
      expect(signals).toContainEqual(['COMMENT', [id]]);
      expect((await one('COMMENT', id)).audience).toEqual([Audience.signedIn()]);
    });

    it('should signal nothing when the write is refused', async () => {
      const refused = await gql(t.url, {
        query: MODERATE,
        as: stranger.token,
        variables: {
          input: { commentId: thread.commentIds[1], action: 'HIDE', reason: 'Not a moderator' },
        },
      });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(signals).toEqual([]);
    });

    it('should signal a new organisation', async () => {
      const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
      const created = await gql<{ createOrganisation: { id: string } }>(t.url, {
        query: `mutation C($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
        as: admin.token,
        variables: {
          input: {
            name: `Signalled Trust ${randomUUID().slice(0, 6)}`,
            type: 'VCSE',
            icsOdsCodes: ['QHL'],
          },
        },
      });
      expect(created.errors).toBeUndefined();
      expect(signals).toEqual([['ORGANISATION', [created.data!.createOrganisation.id]]]);
    });
  });

  describe('the sweep (backstop for a missed signal)', () => {
    const FIND = `query S($query: String!) { search(query: $query, filter: { types: [COMMENT] }) { totalCount edges { node { id } } } }`;
    const found = async (word: string): Promise<string[]> => {
      const res = await gql<{ search: { edges: { node: { id: string } }[] } }>(t.url, {
        query: FIND,
        as: stranger.token,
        variables: { query: word },
      });
      expect(res.errors).toBeUndefined();
      return res.data!.search.edges.map((e) => e.node.id);
    };

    it('should bring a restored comment back into search when only the sweep sees the restore', async () => {
      await ageAccounts(t.db, [stranger.id]);
      const posted = await gql<{ postComment: { id: string } }>(t.url, {
        query: POST_COMMENT,
        as: stranger.token,
        variables: {
          input: { threadId: thread.threadId, body: 'Our quokkaflower pilot cut waiting times.' },
        },
      });
      const id = posted.data!.postComment.id;
      // The whole thread moved a week back (order kept): older than any sweep overlap, so only
      // a change time after the restore can bring the comment back.
      await t.db.query(
        `UPDATE comment SET created_at = created_at - interval '7 days', updated_at = updated_at - interval '7 days'
          WHERE thread_id = $1`,
        [thread.threadId],
      );
      const moderator = await createUser(t.db, { roles: [{ role: Role.MODERATOR }] });
      const moderate = (action: string) =>
        gql(t.url, {
          query: MODERATE,
          as: moderator.token,
          variables: { input: { commentId: id, action, reason: `${action} in the sweep test` } },
        });
      expect((await moderate('HIDE')).errors).toBeUndefined();
      const hiddenAt: Date = (
        await t.db.query(`SELECT updated_at FROM comment WHERE id = $1`, [id])
      )[0].updated_at;
      expect(Date.now() - hiddenAt.getTime()).toBeLessThan(60_000);
      await t.app.get(SearchIndexer).sweep(); // the high-water mark passes the hide
      expect(await found('quokkaflower')).toEqual([]);

      expect((await moderate('RESTORE')).errors).toBeUndefined();
      const restored = (
        await t.db.query(`SELECT updated_at, hidden_at FROM comment WHERE id = $1`, [id])
      )[0];
      expect(restored.hidden_at).toBeNull();
      expect(restored.updated_at.getTime()).toBeGreaterThanOrEqual(hiddenAt.getTime());
      // The signal is lost (as after a crash between commit and signal): the index still lacks it.
      await t.app.get(SearchRepository).apply('COMMENT', [], [id]);
      expect(await found('quokkaflower')).toEqual([]);

      const read = await t.app.get(SearchIndexer).sweep();
      expect(read.COMMENT).toBeGreaterThanOrEqual(1);
      expect(await found('quokkaflower')).toEqual([id]);
    });

    it('should keep updated_at current on edit and removal too', async () => {
      const before = new Date(Date.now() - 1000);
      await t.db.query(
        `UPDATE comment SET updated_at = now() - interval '7 days' WHERE thread_id = $1`,
        [thread.threadId],
      );
      const edited = await gql(t.url, {
        query: `mutation E($input: EditCommentInput!) { editComment(input: $input) { id } }`,
        as: stranger.token,
        variables: {
          input: {
            commentId: (await found('quokkaflower'))[0],
            body: 'Our quokkaflower pilot, edited.',
          },
        },
      });
      expect(edited.errors).toBeUndefined();
      const rows: { updated_at: Date; body: string }[] = await t.db.query(
        `SELECT updated_at, body FROM comment WHERE thread_id = $1 AND updated_at >= $2`,
        [thread.threadId, before],
      );
      expect(rows.map((r) => r.body)).toEqual(['Our quokkaflower pilot, edited.']);
      const [id] = await found('quokkaflower');
      await t.db.query(`UPDATE comment SET updated_at = now() - interval '7 days' WHERE id = $1`, [
        id,
      ]);
      const removed = await gql(t.url, {
        query: `mutation D($input: DeleteCommentInput!) { deleteComment(input: $input) { id } }`,
        as: stranger.token,
        variables: { input: { commentId: id } },
      });
      expect(removed.errors).toBeUndefined();
      const after: Date = (
        await t.db.query(`SELECT updated_at FROM comment WHERE id = $1`, [id])
      )[0].updated_at;
      expect(after.getTime()).toBeGreaterThanOrEqual(before.getTime());
      expect(await found('quokkaflower')).toEqual([]);
    });
  });

  describe('renames (documents that carry a name follow it)', () => {
    const FIND = `query S($query: String!, $filter: SearchFilter) { search(query: $query, filter: $filter) { edges { node { type id } } } }`;
    const found = async (query: string, types: string[]): Promise<string[]> => {
      const res = await gql<{ search: { edges: { node: { type: string; id: string } }[] } }>(
        t.url,
        { query: FIND, as: stranger.token, variables: { query, filter: { types } } },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.search.edges.map((e) => `${e.node.type}:${e.node.id}`);
    };

    it('should re-index case studies and people of an organisation renamed through updateOrganisation', async () => {
      await t.app.get(SearchIndexer).sweep();
      const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
      const renamed = await gql(t.url, {
        query: `mutation U($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id name } }`,
        as: admin.token,
        variables: { input: { id: author.organisationId, name: 'Zanzibarish Community Trust' } },
      });
      expect(renamed.errors).toBeUndefined();
      // No sweep: the rename's own signal re-indexes what shows the name.
      expect(await found('Zanzibarish', ['CASE_STUDY'])).toContain(`CASE_STUDY:${study.id}`);
      expect(await found('Zanzibarish', ['PERSON'])).toContain(`PERSON:${author.id}`);
      expect(await found('Zanzibarish', ['ORGANISATION'])).toEqual([
        `ORGANISATION:${author.organisationId}`,
      ]);
    });

    it('should say which of its documents carry a theme, and nothing for an unknown reference type', async () => {
      const ids = await source('CASE_STUDY').dependentIds!('THEME', ['EMPLOYMENT']);
      expect(ids).toContain(study.id);
      expect(await source('CASE_STUDY').dependentIds!('PLANET', ['earth'])).toEqual([]);
      const statements = await countQueries(() =>
        source('CASE_STUDY').dependentIds!('ORGANISATION', [author.organisationId!, partnerOrg.id]),
      );
      expect(statements.count).toBe(1);
    });
  });
});
