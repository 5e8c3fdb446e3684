import { Role } from '@mic/shared-util';

import { createCaseStudy } from '../factories/case-study.factory';
import { ageAccounts, createThreadWithComments } from '../factories/discussion.factory';
import { createEvent } from '../factories/event.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { EDIT_COMMENT, POST_COMMENT, START_THREAD, THREAD_PAGE } from './discussions.operations';

const LIST = `query List($filter: ThreadsFilter, $first: Int, $after: String) {
  threads(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title subjectType answered author { id name } subject { title link } } }
  }
}`;

const PERSON = `query Person($id: ID!) {
  person(id: $id) {
    id name roles
    organisation { name }
    icss { odsCode }
    caseStudies { id title }
    adoptions { id }
    recentComments { id bodyHtml thread { id title } }
  }
}`;

const PERSON_EMAIL = `query PersonEmail($id: ID!) { person(id: $id) { id email } }`;

interface ListData {
  threads: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        title: string;
        subjectType: string;
        answered: boolean;
        author: { id: string; name: string };
        subject: { title: string; link: string } | null;
      };
    }[];
  };
}

interface PersonData {
  person: {
    id: string;
    name: string;
    roles: string[];
    organisation: { name: string } | null;
    icss: { odsCode: string }[];
    caseStudies: { id: string; title: string }[];
    adoptions: { id: string }[];
    recentComments: { id: string; bodyHtml: string; thread: { id: string; title: string } }[];
  };
}

describe('discussions everywhere: the thread list, idempotent starts, edit history and profiles', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;
  let author: TestUser;
  let unverified: TestUser;
  let quaStudy: { id: string; slug: string; title: string };
  let qhlStudy: { id: string; slug: string; title: string };
  let draftStudy: { id: string };
  let event: { id: string; title: string };
  const ids: Record<string, string> = {};

  const list = (as: string, filter: Record<string, unknown> | null, first = 20, after?: string) =>
    gql<ListData>(t.url, { query: LIST, as, variables: { filter, first, after } });
  const titles = (r: { data?: ListData | null }) =>
    (r.data?.threads.edges ?? []).map((e) => e.node.title).sort();
  const start = (as: string, input: Record<string, unknown>) =>
    gql<{ startThread: { id: string; commentCount: number } }>(t.url, {
      query: START_THREAD,
      as,
      variables: { input },
    });

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    alice = await createUser(t.db, { name: 'Alice Adams', icsOdsCodes: ['QUA'] });
    bob = await createUser(t.db, { name: 'Bob Brown', icsOdsCodes: ['QHL'] });
    author = await createUser(t.db, {
      name: 'Ada Author',
      email: 'ada.author@example.org',
      roles: [{ role: Role.ORGANISER }],
    });
    unverified = await createUser(t.db, { name: 'Una Verified', verified: false });
    await ageAccounts(t.db, [alice.id, bob.id, author.id, unverified.id]);
    quaStudy = await createCaseStudy(t.db, {
      organisationId: author.organisationId,
      icsOdsCode: 'QUA',
      themes: ['EMPLOYMENT'],
      title: 'Jobs in Walsall',
    });
    await t.db.query('UPDATE case_study SET author_id = $1 WHERE id = $2', [
      author.id,
      quaStudy.id,
    ]);
    qhlStudy = await createCaseStudy(t.db, {
      organisationId: (await createOrganisation(t.db, { icsOdsCodes: ['QHL'] })).id,
      icsOdsCode: 'QHL',
      themes: ['PROCUREMENT_SOCIAL_VALUE'],
      title: 'Buying local in Birmingham',
    });
    event = await createEvent(t.db, {
      organiserId: author.id,
      title: 'Estates day',
      icsOdsCodes: ['QHL'],
      themes: ['ESTATES'],
    });

    ids.qua = (
      await start(alice.token, {
        subjectType: 'CASE_STUDY',
        subjectId: quaStudy.id,
        title: 'How did you recruit?',
        body: 'Asking for a friend',
      })
    ).data!.startThread.id;
    ids.qhl = (
      await start(bob.token, {
        subjectType: 'CASE_STUDY',
        subjectId: qhlStudy.id,
        title: 'Which suppliers?',
        body: 'Local ones?',
      })
    ).data!.startThread.id;
    ids.event = (
      await start(bob.token, {
        subjectType: 'EVENT',
        subjectId: event.id,
        title: 'Parking at the venue',
        body: 'Is there any?',
      })
    ).data!.startThread.id;
    ids.general = (
      await start(alice.token, {
        subjectType: 'GENERAL',
        title: 'Hello everyone',
        body: 'First post',
      })
    ).data!.startThread.id;
    // A thread about a case study that later went back to draft: members may no longer see it.
    draftStudy = await createCaseStudy(t.db, {
      organisationId: author.organisationId,
      title: 'Withdrawn practice',
    });
    ids.draft = (
      await start(alice.token, {
        subjectType: 'CASE_STUDY',
        subjectId: draftStudy.id,
        title: 'About the withdrawn one',
        body: 'Secret words',
      })
    ).data!.startThread.id;
    await t.db.query(`UPDATE case_study SET status = 'DRAFT' WHERE id = $1`, [draftStudy.id]);
    await gql(t.url, {
      query: POST_COMMENT,
      as: alice.token,
      variables: { input: { threadId: ids.qhl, body: 'Alice replies here' } },
    });
  });

  afterAll(async () => {
    await t.db.query(`DELETE FROM pgboss.job WHERE name = 'mail.send'`);
    await t.close();
  });

  describe('threads without a subject: every thread the viewer may see', () => {
    it('lists threads across subjects with their subject title and link, never one about a subject members may not see', async () => {
      const all = await list(bob.token, null);
      expect(all.errors).toBeUndefined();
      expect(titles(all)).toEqual([
        'Hello everyone',
        'How did you recruit?',
        'Parking at the venue',
        'Which suppliers?',
      ]);
      expect(all.data!.threads.totalCount).toBe(4);
      const qua = all.data!.threads.edges.find((e) => e.node.id === ids.qua)!.node;
      expect(qua.subject).toEqual({
        title: 'Jobs in Walsall',
        link: `/case-studies/${quaStudy.slug}`,
      });
      expect(JSON.stringify(all.data)).not.toContain('withdrawn');
    });

    it('filters by subject type, ICS, theme, unanswered and mine', async () => {
      expect(titles(await list(bob.token, { subjectType: 'CASE_STUDY' }))).toEqual([
        'How did you recruit?',
        'Which suppliers?',
      ]);
      expect(titles(await list(bob.token, { subjectType: 'EVENT' }))).toEqual([
        'Parking at the venue',
      ]);
      expect(titles(await list(bob.token, { icsCode: 'QHL' }))).toEqual([
        'Parking at the venue',
        'Which suppliers?',
      ]);
      expect(titles(await list(bob.token, { icsCode: 'QUA' }))).toEqual(['How did you recruit?']);
      expect(titles(await list(bob.token, { themeKey: 'ESTATES' }))).toEqual([
        'Parking at the venue',
      ]);
      expect(titles(await list(bob.token, { themeKey: 'EMPLOYMENT', icsCode: 'QHL' }))).toEqual([]);
      // Mine: started by me, or commented in.
      expect(titles(await list(alice.token, { mine: true }))).toEqual([
        'Hello everyone',
        'How did you recruit?',
        'Which suppliers?',
      ]);
      expect(titles(await list(bob.token, { mine: true }))).toEqual([
        'Parking at the venue',
        'Which suppliers?',
      ]);
      const qhlComments = await gql<{
        thread: { comments: { edges: { node: { id: string } }[] } };
      }>(t.url, { query: THREAD_PAGE, as: bob.token, variables: { id: ids.qhl, first: 10 } });
      const answer = qhlComments.data!.thread.comments.edges[1].node.id;
      const accepted = await gql(t.url, {
        query: `mutation { acceptAnswer(input: { threadId: "${ids.qhl}", commentId: "${answer}" }) { id answered } }`,
        as: bob.token,
      });
      expect(accepted.errors).toBeUndefined();
      expect(titles(await list(bob.token, { unanswered: true }))).toEqual([
        'Hello everyone',
        'How did you recruit?',
        'Parking at the venue',
      ]);
      expect(titles(await list(bob.token, { unanswered: true, icsCode: 'QHL' }))).toEqual([
        'Parking at the venue',
      ]);
    });

    it('refuses malformed filters and anonymous callers', async () => {
      expect(errorCode(await list(bob.token, { icsCode: "QHL' OR 1=1" }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await list(bob.token, { themeKey: 'not a theme!' }))).toBe('BAD_USER_INPUT');
      const anonymous = await gql(t.url, { query: LIST, variables: { filter: null } });
      expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    });

    it('pages with a stable total', async () => {
      const first = await list(bob.token, null, 3);
      expect(first.data!.threads.edges).toHaveLength(3);
      expect(first.data!.threads.pageInfo.hasNextPage).toBe(true);
      const second = await list(bob.token, null, 3, first.data!.threads.pageInfo.endCursor!);
      expect(second.data!.threads.edges).toHaveLength(1);
      expect(second.data!.threads.totalCount).toBe(4);
      const past = await list(bob.token, null, 3, second.data!.threads.pageInfo.endCursor!);
      expect(past.data!.threads.edges).toHaveLength(0);
      expect(past.data!.threads.totalCount).toBe(4);
    });

    it('uses the same number of statements for 3 threads as for 60', async () => {
      const few = await countQueries(() => list(bob.token, { subjectType: 'GENERAL' }, 3));
      for (let i = 0; i < 30; i += 1) {
        await createThreadWithComments(t.db, { authorIds: [alice.id, bob.id], count: 1 });
        await createThreadWithComments(t.db, { authorIds: [bob.id, author.id], count: 1 });
      }
      await createThreadWithComments(t.db, {
        authorIds: [bob.id],
        count: 1,
        subjectType: 'CASE_STUDY',
        subjectId: quaStudy.id,
      });
      const many = await countQueries(() => list(bob.token, null, 100));
      expect(few.result.errors).toBeUndefined();
      expect(many.result.errors).toBeUndefined();
      expect(many.result.data!.threads.edges.length).toBeGreaterThan(60);
      // Session check, list, authors, and one subject lookup per subject type on the page.
      expect(many.count).toBeLessThanOrEqual(few.count + 2);
      expect(many.count).toBeLessThanOrEqual(8);
    });
  });

  describe('startThread with a clientKey', () => {
    const input = () => ({
      subjectType: 'EVENT',
      subjectId: event.id,
      title: 'Slow page thread',
      body: 'Sent twice',
      clientKey: 'form-token-0001',
    });

    it('returns the same thread for the same key, and starts only one even when sent at once', async () => {
      const [a, b] = await Promise.all([start(alice.token, input()), start(alice.token, input())]);
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      expect(a.data!.startThread.id).toBe(b.data!.startThread.id);
      const again = await start(alice.token, input());
      expect(again.data!.startThread.id).toBe(a.data!.startThread.id);
      const rows: { n: string }[] = await t.db.query(
        `SELECT count(*) AS n FROM thread WHERE title = 'Slow page thread'`,
      );
      expect(Number(rows[0].n)).toBe(1);
      const comments: { n: string }[] = await t.db.query(
        `SELECT count(*) AS n FROM comment WHERE thread_id = $1`,
        [a.data!.startThread.id],
      );
      expect(Number(comments[0].n)).toBe(1);
    });

    it("keys are per author: another person's same key starts their own thread", async () => {
      const mine = await start(alice.token, input());
      const theirs = await start(bob.token, input());
      expect(theirs.errors).toBeUndefined();
      expect(theirs.data!.startThread.id).not.toBe(mine.data!.startThread.id);
    });

    it('refuses a malformed key', async () => {
      const bad = await start(alice.token, { ...input(), clientKey: 'no spaces allowed' });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    });
  });

  describe('mentions in notifications', () => {
    it("show the person's name in the notification's title and body, never the raw token", async () => {
      const token = `@[Bob Brown](mention:${bob.id})`;
      const started = await start(alice.token, {
        subjectType: 'GENERAL',
        title: `Question for ${token}`,
        body: `Hello ${token}, can you help?`,
      });
      expect(started.errors).toBeUndefined();
      const notes = await gql<{
        notifications: { edges: { node: { kind: string; title: string; body: string | null } }[] };
      }>(t.url, {
        query: `{ notifications(first: 50) { edges { node { kind title body } } } }`,
        as: bob.token,
      });
      const mention = notes.data!.notifications.edges.find((e) => e.node.kind === 'MENTION')!.node;
      expect(mention.title).toBe('Alice Adams mentioned you in "Question for @Bob Brown"');
      expect(mention.body).toBe('Hello @Bob Brown, can you help?');
      const mails: { data: unknown }[] = await t.db.query(
        `SELECT data FROM pgboss.job WHERE name = 'mail.send'`,
      );
      expect(JSON.stringify(mails)).not.toContain('mention:');
    });
  });

  describe('edit history', () => {
    it('keeps every earlier body, newest first, and only the author may edit', async () => {
      const page = await gql<{ thread: { comments: { edges: { node: { id: string } }[] } } }>(
        t.url,
        { query: THREAD_PAGE, as: alice.token, variables: { id: ids.general, first: 5 } },
      );
      const commentId = page.data!.thread.comments.edges[0].node.id;
      const edit = (as: string, body: string) =>
        gql<{ editComment: { body: string; revisions: { body: string }[] } }>(t.url, {
          query: EDIT_COMMENT,
          as,
          variables: { input: { commentId, body } },
        });
      expect((await edit(alice.token, 'Second version')).errors).toBeUndefined();
      const third = await edit(alice.token, 'Third version');
      expect(third.data!.editComment.body).toBe('Third version');
      expect(third.data!.editComment.revisions.map((r) => r.body)).toEqual([
        'Second version',
        'First post',
      ]);
      expect(errorCode(await edit(bob.token, 'Not mine'))).toBe('FORBIDDEN');
      expect(errorCode(await edit(alice.token, ''))).toBe('BAD_USER_INPUT');
    });
  });

  describe('what the viewer may do (viewerCan* fields for the web)', () => {
    const CAN = `query Can($id: ID!) {
      thread(id: $id) { viewerCanManage viewerCanAccept comments(first: 5) { edges { node { author { id } viewerCanEdit viewerCanDelete } } } }
    }`;
    type Can = {
      thread: {
        viewerCanManage: boolean;
        viewerCanAccept: boolean;
        comments: {
          edges: {
            node: { author: { id: string }; viewerCanEdit: boolean; viewerCanDelete: boolean };
          }[];
        };
      };
    };

    it("follows the policies: the subject's owners manage and accept, the starter accepts, authors edit", async () => {
      const asOwner = await gql<Can>(t.url, {
        query: CAN,
        as: author.token,
        variables: { id: ids.qua },
      });
      expect(asOwner.errors).toBeUndefined();
      expect(asOwner.data!.thread).toMatchObject({ viewerCanManage: true, viewerCanAccept: true });
      // A verified member of the owning organisation (not the author) owns it too.
      const colleague = await createUser(t.db, { organisationId: author.organisationId });
      const asColleague = await gql<Can>(t.url, {
        query: CAN,
        as: colleague.token,
        variables: { id: ids.qua },
      });
      expect(asColleague.data!.thread).toMatchObject({
        viewerCanManage: true,
        viewerCanAccept: true,
      });
      const asStarter = await gql<Can>(t.url, {
        query: CAN,
        as: alice.token,
        variables: { id: ids.qua },
      });
      expect(asStarter.data!.thread).toMatchObject({
        viewerCanManage: false,
        viewerCanAccept: true,
      });
      const own = asStarter.data!.thread.comments.edges.find(
        (e) => e.node.author.id === alice.id,
      )!.node;
      expect(own).toMatchObject({ viewerCanEdit: true, viewerCanDelete: true });
      const asOther = await gql<Can>(t.url, {
        query: CAN,
        as: bob.token,
        variables: { id: ids.qua },
      });
      expect(asOther.data!.thread).toMatchObject({
        viewerCanManage: false,
        viewerCanAccept: false,
      });
      expect(asOther.data!.thread.comments.edges[0].node).toMatchObject({
        viewerCanEdit: false,
        viewerCanDelete: false,
      });
    });
  });

  describe('person(id)', () => {
    it("shows a verified member's profile with their case studies and readable comments, never the email", async () => {
      await gql(t.url, {
        query: POST_COMMENT,
        as: author.token,
        variables: { input: { threadId: ids.qua, body: 'We advertised locally' } },
      });
      await gql(t.url, {
        query: POST_COMMENT,
        as: author.token,
        variables: { input: { threadId: ids.draft, body: 'Words about a draft' } },
      });
      const r = await gql<PersonData>(t.url, {
        query: PERSON,
        as: bob.token,
        variables: { id: author.id },
      });
      expect(r.errors).toBeUndefined();
      const p = r.data!.person;
      expect(p.name).toBe('Ada Author');
      expect(p.roles).toEqual(expect.arrayContaining(['MEMBER', 'ORGANISER']));
      expect(p.icss.map((i) => i.odsCode)).toEqual(['QUA']);
      expect(p.caseStudies.map((c) => c.title)).toEqual(['Jobs in Walsall']);
      // Newest first, at most 10 (the bulk threads above hold older ones of theirs).
      expect(p.recentComments[0].thread.title).toBe('How did you recruit?');
      expect(p.recentComments).toHaveLength(10);
      expect(p.recentComments.map((c) => c.thread.id)).not.toContain(ids.draft);
      expect(JSON.stringify(r)).not.toContain('ada.author@example.org');
      expect(JSON.stringify(r)).not.toContain('Words about a draft');
      // The Person type has no email field at all.
      expect(
        errorCode(
          await gql(t.url, { query: PERSON_EMAIL, as: bob.token, variables: { id: author.id } }),
        ),
      ).toBe('BAD_USER_INPUT');
    });

    it('answers NOT_FOUND for unverified, unknown and malformed ids, and UNAUTHENTICATED for anonymous callers', async () => {
      const ask = (id: string, as?: string) =>
        gql<PersonData>(t.url, { query: PERSON, as, variables: { id } });
      expect(errorCode(await ask(unverified.id, bob.token))).toBe('NOT_FOUND');
      expect(errorCode(await ask('00000000-0000-4000-8000-000000000000', bob.token))).toBe(
        'NOT_FOUND',
      );
      expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(errorCode(await ask('nope', bob.token)));
      expect(errorCode(await ask(author.id))).toBe('UNAUTHENTICATED');
    });
  });
});
