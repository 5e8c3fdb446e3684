import { POST_COMMENT, START_THREAD } from '../discussions/discussions.operations';
import { createAdoption, createCaseStudy } from '../factories/case-study.factory';
import { ageAccounts } from '../factories/discussion.factory';
import { createEvent } from '../factories/event.factory';
import { createToolkit } from '../factories/toolkit.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import { VOUCH } from '../membership/membership.operations';
import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { FOLLOW, HOME_FEED, MY_FOLLOWS, UNFOLLOW } from './home-feed.operations';
import type { HomeFeedData } from './home-feed.operations';

describe('home feed and following', () => {
  let t: TestApp;
  let reader: TestUser;
  let authorOrg: { id: string; name: string };

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    authorOrg = await createOrganisation(t.db, { icsOdsCodes: ['QHL'], name: 'Feed Author Trust' });
    reader = await createUser(t.db, { name: 'Rita Reader', icsOdsCodes: ['QUA'] });
  });

  afterAll(async () => {
    await t.close();
  });

  const feed = async (
    as: string,
    variables: Record<string, unknown> = {},
  ): Promise<HomeFeedData['homeFeed']> => {
    const res = await gql<HomeFeedData>(t.url, { query: HOME_FEED, as, variables });
    expect(res.errors).toBeUndefined();
    return res.data!.homeFeed;
  };
  const follow = async (as: string, targetType: string, targetId: string, level = 'NORMAL') => {
    const res = await gql<{ follow: { targetId: string; level: string } }>(t.url, {
      query: FOLLOW,
      as,
      variables: { input: { targetType, targetId, level } },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.follow;
  };

  it('should refuse anonymous viewers', async () => {
    expect(errorCode(await gql(t.url, { query: HOME_FEED }))).toBe('UNAUTHENTICATED');
  });

  it('should suggest the viewer’s ICS, organisation and themes when they follow nothing', async () => {
    const home = await feed(reader.token);
    expect(home.edges).toEqual([]);
    expect(home.followingCount).toBe(0);
    const kinds = home.suggestions.map((s) => `${s.targetType}:${s.targetId}`);
    expect(kinds).toContain('ICS:QUA');
    expect(kinds).toContain(`ORGANISATION:${reader.organisationId}`);
    expect(home.suggestions.filter((s) => s.targetType === 'THEME').length).toBeGreaterThan(0);
    expect(home.suggestions.every((s) => s.level === null && s.url.startsWith('/'))).toBe(true);
  });

  it('should suggest first the themes people in organisations of the same type follow', async () => {
    const housing = await createOrganisation(t.db, { typeKey: 'HOUSING', icsOdsCodes: ['QUA'] });
    for (let i = 0; i < 2; i += 1) {
      const peer = await createUser(t.db, { organisationId: housing.id });
      await follow(peer.token, 'THEME', 'ESTATES');
    }
    // People in other kinds of organisation follow something else more.
    for (let i = 0; i < 3; i += 1) {
      const other = await createUser(t.db, { icsOdsCodes: ['QUA'] });
      await follow(other.token, 'THEME', 'MENTAL_HEALTH');
    }
    const newcomer = await createUser(t.db, { organisationId: housing.id });
    const home = await feed(newcomer.token);
    const themes = home.suggestions.filter((s) => s.targetType === 'THEME');
    expect(themes[0]).toMatchObject({ targetId: 'ESTATES', url: '/themes/ESTATES' });
    expect(themes[0].reason).toMatch(/^Popular with other .+ organisations$/);
    expect(themes.map((s) => s.targetId)).toContain('MENTAL_HEALTH');
  });

  it('should show a newly published case study from a followed ICS, but never a draft', async () => {
    expect((await follow(reader.token, 'ICS', 'qhl')).targetId).toBe('QHL');
    const published = await createCaseStudy(t.db, {
      organisationId: authorOrg.id,
      icsOdsCode: 'QHL',
      title: 'Feed published practice',
    });
    const draft = await createCaseStudy(t.db, {
      organisationId: authorOrg.id,
      icsOdsCode: 'QHL',
      title: 'Feed secret draft',
      status: 'DRAFT',
    });
    const elsewhere = await createCaseStudy(t.db, {
      organisationId: authorOrg.id,
      icsOdsCode: 'QUA',
      title: 'Feed practice elsewhere',
    });
    const home = await feed(reader.token);
    const subjects = home.edges.map((e) => e.node.subject.id);
    expect(subjects).toContain(published.id);
    expect(subjects).not.toContain(draft.id);
    expect(subjects).not.toContain(elsewhere.id);
    const item = home.edges.find((e) => e.node.subject.id === published.id)!.node;
    expect(item).toMatchObject({
      source: 'case-studies',
      verb: 'CASE_STUDY_PUBLISHED',
      subject: {
        type: 'CASE_STUDY',
        title: 'Feed published practice',
        url: `/case-studies/${published.slug}`,
      },
    });
    expect(home.followingCount).toBe(1);
    expect(home.suggestions).toEqual([]);

    // The region tab shows everything the viewer may see, still without the draft.
    const region = await feed(reader.token, { scope: 'REGION' });
    const regionSubjects = region.edges.map((e) => e.node.subject.id);
    expect(region.scope).toBe('REGION');
    expect(regionSubjects).toEqual(expect.arrayContaining([published.id, elsewhere.id]));
    expect(regionSubjects).not.toContain(draft.id);

    // Muting the case study hides it, though its ICS is followed.
    await follow(reader.token, 'CASE_STUDY', published.id, 'MUTED');
    expect((await feed(reader.token)).edges.map((e) => e.node.subject.id)).not.toContain(
      published.id,
    );
    await follow(reader.token, 'CASE_STUDY', published.id, 'NORMAL');
  });

  it('should follow an organisation and show its case studies', async () => {
    const follower = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    expect((await follow(follower.token, 'ORGANISATION', authorOrg.id)).level).toBe('NORMAL');
    const fresh = await createCaseStudy(t.db, {
      organisationId: authorOrg.id,
      icsOdsCode: null,
      title: 'Feed organisation practice',
    });
    const home = await feed(follower.token);
    expect(home.edges.map((e) => e.node.subject.id)).toContain(fresh.id);
    const mine = await gql<{ myFollows: { targetType: string; title: string; url: string }[] }>(
      t.url,
      { query: MY_FOLLOWS, as: follower.token },
    );
    expect(mine.data!.myFollows).toEqual([
      expect.objectContaining({
        targetType: 'ORGANISATION',
        title: 'Feed Author Trust',
        url: `/organisations/${authorOrg.id}`,
      }),
    ]);
  });

  it("should bring each feature's happenings: adoptions, toolkit versions, upcoming events, discussions and mentions", async () => {
    const viewer = await createUser(t.db, { name: 'Vera Viewer', icsOdsCodes: ['QUA'] });
    const poster = await createUser(t.db, { name: 'Paul Poster', icsOdsCodes: ['QUA'] });
    await ageAccounts(t.db, [viewer.id, poster.id]);
    const study = await createCaseStudy(t.db, { organisationId: authorOrg.id, icsOdsCode: 'QHL' });
    const toolkit = await createToolkit(t.db, { ownerOrganisationId: authorOrg.id });
    const upcoming = await createEvent(t.db, { organiserId: poster.id, icsOdsCodes: ['QT1'] });
    const full = await createEvent(t.db, {
      organiserId: poster.id,
      icsOdsCodes: ['QT1'],
      capacity: 0,
    });
    const draftEvent = await createEvent(t.db, {
      organiserId: poster.id,
      icsOdsCodes: ['QT1'],
      status: 'DRAFT',
    });
    await follow(viewer.token, 'CASE_STUDY', study.id);
    await follow(viewer.token, 'TOOLKIT', toolkit.id);
    await follow(viewer.token, 'ICS', 'QT1');
    const adoption = await createAdoption(t.db, {
      caseStudyId: study.id,
      organisationId: poster.organisationId,
      icsOdsCode: 'QUA',
    });
    const started = await gql<{ startThread: { id: string } }>(t.url, {
      query: START_THREAD,
      as: poster.token,
      variables: {
        input: {
          subjectType: 'CASE_STUDY',
          subjectId: study.id,
          title: 'How did you recruit?',
          body: 'Asking.',
        },
      },
    });
    expect(started.errors).toBeUndefined();
    // A mention in a thread the viewer does not follow still reaches them.
    const elsewhere = await gql<{ startThread: { id: string } }>(t.url, {
      query: START_THREAD,
      as: poster.token,
      variables: { input: { subjectType: 'GENERAL', title: 'Over to Vera', body: 'Opening.' } },
    });
    const mention = await gql(t.url, {
      query: POST_COMMENT,
      as: poster.token,
      variables: {
        input: {
          threadId: elsewhere.data!.startThread.id,
          body: `Thoughts @[Vera Viewer](mention:${viewer.id})?`,
        },
      },
    });
    expect(mention.errors).toBeUndefined();

    const home = await feed(viewer.token, { first: 50 });
    const got = home.edges.map((e) => `${e.node.source}:${e.node.verb}:${e.node.subject.id}`);
    expect(got).toEqual(
      expect.arrayContaining([
        `adoptions:ADOPTION_DECLARED:${adoption.id}`,
        `toolkits:TOOLKIT_PUBLISHED:${toolkit.id}`,
        `events:EVENT_UPCOMING:${upcoming.id}`,
        `discussions:THREAD_STARTED:${started.data!.startThread.id}`,
        `discussions:MENTIONED_YOU:${elsewhere.data!.startThread.id}`,
      ]),
    );
    const subjects = home.edges.map((e) => e.node.subject.id);
    expect(subjects).not.toContain(full.id);
    expect(subjects).not.toContain(draftEvent.id);
    // The viewer's own posts never come back to them.
    const own = await feed(poster.token, { first: 50, scope: 'REGION' });
    expect(own.edges.filter((e) => e.node.source === 'discussions')).toEqual([]);
    // Signed-in-only items (toolkits, discussions) are in the region tab for members.
    const region = await feed(viewer.token, { first: 50, scope: 'REGION' });
    expect(region.edges.map((e) => e.node.source)).toEqual(
      expect.arrayContaining(['toolkits', 'discussions', 'events', 'adoptions', 'case-studies']),
    );
  });

  it('should show replies and mentions to someone who follows nothing', async () => {
    const quiet = await createUser(t.db, { name: 'Quinn Quiet', icsOdsCodes: ['QUA'] });
    const talker = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    await ageAccounts(t.db, [quiet.id, talker.id]);
    const thread = await gql<{ startThread: { id: string } }>(t.url, {
      query: START_THREAD,
      as: talker.token,
      variables: { input: { subjectType: 'GENERAL', title: 'Calling Quinn', body: 'Opening.' } },
    });
    await gql(t.url, {
      query: POST_COMMENT,
      as: talker.token,
      variables: {
        input: {
          threadId: thread.data!.startThread.id,
          body: `@[Quinn Quiet](mention:${quiet.id}) hello`,
        },
      },
    });
    const home = await feed(quiet.token);
    expect(home.followingCount).toBe(0);
    expect(home.edges.map((e) => e.node.verb)).toEqual(['MENTIONED_YOU']);
  });

  it('should page with an opaque cursor without repeating or losing items', async () => {
    const pager = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    const org = await createOrganisation(t.db, { icsOdsCodes: ['QHL'] });
    await follow(pager.token, 'ORGANISATION', org.id);
    const made: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      made.push((await createCaseStudy(t.db, { organisationId: org.id, title: `Paged ${i}` })).id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const page = await feed(pager.token, { first: 2, after });
      seen.push(...page.edges.map((e) => e.node.subject.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(5);
    expect([...seen].sort()).toEqual([...made].sort());
    expect(seen).toEqual([...made].reverse());

    for (const bad of ['nonsense', Buffer.from('["x"]').toString('base64url')]) {
      const res = await gql(t.url, {
        query: HOME_FEED,
        as: pager.token,
        variables: { after: bad },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
    expect(
      errorCode(await gql(t.url, { query: HOME_FEED, as: pager.token, variables: { first: 0 } })),
    ).toBe('BAD_USER_INPUT');
  });

  it('should mark items newer than the previous visit as new', async () => {
    const visitor = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    const org = await createOrganisation(t.db, { icsOdsCodes: ['QHL'] });
    await follow(visitor.token, 'ORGANISATION', org.id);
    const old = await createCaseStudy(t.db, { organisationId: org.id, title: 'Seen before' });
    const first = await feed(visitor.token);
    expect(first.previousVisitAt).toBeNull();
    expect(first.edges.every((e) => !e.node.isNew)).toBe(true);
    // An hour later (the visit is backdated), something new appears.
    await t.db.query(
      `UPDATE home_visit SET last_visit_at = now() - interval '1 hour' WHERE user_id = $1`,
      [visitor.id],
    );
    await t.db.query(
      `UPDATE case_study SET published_at = now() - interval '2 hours' WHERE id = $1`,
      [old.id],
    );
    const fresh = await createCaseStudy(t.db, { organisationId: org.id, title: 'Brand new' });
    const second = await feed(visitor.token);
    expect(second.previousVisitAt).not.toBeNull();
    const isNew = Object.fromEntries(second.edges.map((e) => [e.node.subject.id, e.node.isNew]));
    expect(isNew).toEqual({ [fresh.id]: true, [old.id]: false });
    // A reload within the visit keeps the mark.
    const reload = await feed(visitor.token);
    expect(reload.edges.find((e) => e.node.subject.id === fresh.id)!.node.isNew).toBe(true);
  });

  it('should use the same number of statements whatever the page size', async () => {
    const counter = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    await follow(counter.token, 'ICS', 'QHL');
    await follow(counter.token, 'THEME', 'EMPLOYMENT');
    await follow(counter.token, 'ORGANISATION', authorOrg.id);
    const small = await countQueries(() =>
      gql<HomeFeedData>(t.url, { query: HOME_FEED, as: counter.token, variables: { first: 1 } }),
    );
    const large = await countQueries(() =>
      gql<HomeFeedData>(t.url, { query: HOME_FEED, as: counter.token, variables: { first: 50 } }),
    );
    expect(small.result.errors).toBeUndefined();
    expect(large.result.data!.homeFeed.edges.length).toBeGreaterThan(
      small.result.data!.homeFeed.edges.length,
    );
    expect(large.count).toBe(small.count);
    const region = await countQueries(() =>
      gql<HomeFeedData>(t.url, {
        query: HOME_FEED,
        as: counter.token,
        variables: { first: 50, scope: 'REGION' },
      }),
    );
    expect(region.count).toBeLessThanOrEqual(small.count + 2);
  });

  it('should refuse malformed targets as bad input and unknown ones as not found', async () => {
    for (const input of [
      { targetType: 'CASE_STUDY', targetId: 'anything', level: 'WATCHING' },
      { targetType: 'ORGANISATION', targetId: 'not-a-uuid', level: 'NORMAL' },
      { targetType: 'ICS', targetId: 'Q H L!', level: 'NORMAL' },
      { targetType: 'THEME', targetId: 'no spaces', level: 'NORMAL' },
      { targetType: 'ICS', targetId: 'QHL', level: 'LOUD' },
      { targetType: 'PERSON', targetId: 'QHL', level: 'NORMAL' },
    ]) {
      const res = await gql(t.url, { query: FOLLOW, as: reader.token, variables: { input } });
      expect([input, errorCode(res)]).toEqual([input, 'BAD_USER_INPUT']);
    }
    for (const input of [
      {
        targetType: 'ORGANISATION',
        targetId: '00000000-0000-4000-8000-000000000000',
        level: 'NORMAL',
      },
      { targetType: 'THREAD', targetId: '00000000-0000-4000-8000-000000000000', level: 'NORMAL' },
      { targetType: 'ICS', targetId: 'ZZZ', level: 'NORMAL' },
      { targetType: 'THEME', targetId: 'NOT_A_THEME', level: 'NORMAL' },
    ]) {
      const res = await gql(t.url, { query: FOLLOW, as: reader.token, variables: { input } });
      expect([input, errorCode(res)]).toEqual([input, 'NOT_FOUND']);
    }
    const draft = await createCaseStudy(t.db, { organisationId: authorOrg.id, status: 'DRAFT' });
    expect(
      errorCode(
        await gql(t.url, {
          query: FOLLOW,
          as: reader.token,
          variables: { input: { targetType: 'CASE_STUDY', targetId: draft.id, level: 'NORMAL' } },
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await gql(t.url, {
          query: FOLLOW,
          variables: { input: { targetType: 'ICS', targetId: 'QHL', level: 'NORMAL' } },
        }),
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('should unfollow once, and say NOT_FOUND the second time', async () => {
    const quitter = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    await follow(quitter.token, 'ICS', 'QHL');
    const input = { targetType: 'ICS', targetId: 'QHL' };
    const first = await gql<{ unfollow: boolean }>(t.url, {
      query: UNFOLLOW,
      as: quitter.token,
      variables: { input },
    });
    expect(first.data!.unfollow).toBe(true);
    expect(
      errorCode(await gql(t.url, { query: UNFOLLOW, as: quitter.token, variables: { input } })),
    ).toBe('NOT_FOUND');
  });

  it('should make a newly verified member follow their own ICS at NORMAL, once', async () => {
    const org = await createOrganisation(t.db, { icsOdsCodes: ['QJ2'] });
    const colleague = await createUser(t.db, { organisationId: org.id });
    const newcomer = await createUser(t.db, { organisationId: org.id, verified: false });
    const before = await gql<{ myFollows: unknown[] }>(t.url, {
      query: MY_FOLLOWS,
      as: newcomer.token,
    });
    expect(before.data!.myFollows).toEqual([]);
    const vouched = await gql(t.url, {
      query: VOUCH,
      as: colleague.token,
      variables: { input: { userId: newcomer.id } },
    });
    expect(vouched.errors).toBeUndefined();
    const after = await gql<{
      myFollows: { targetType: string; targetId: string; level: string }[];
    }>(t.url, { query: MY_FOLLOWS, as: newcomer.token });
    expect(after.data!.myFollows).toEqual([
      expect.objectContaining({ targetType: 'ICS', targetId: 'QJ2', level: 'NORMAL' }),
    ]);
    // A second vouch is refused and adds nothing.
    expect(
      errorCode(
        await gql(t.url, {
          query: VOUCH,
          as: colleague.token,
          variables: { input: { userId: newcomer.id } },
        }),
      ),
    ).toBe('CONFLICT');
    const rows: unknown[] = await t.db.query(`SELECT 1 FROM follow WHERE user_id = $1`, [
      newcomer.id,
    ]);
    expect(rows).toHaveLength(1);
  });
});
