import { CaseStudyDiscussionSubject } from '../../../src/modules/case-studies/case-studies.discussion-subject';
import { ThreadSubjectType } from '../../../src/modules/discussions/discussions.constants';
import type { DiscussionSubjectProvider } from '../../../src/modules/discussions/subjects/discussion-subject';
import { GeneralDiscussionSubject } from '../../../src/modules/discussions/subjects/general.discussion-subject';
import { SubjectRegistry } from '../../../src/modules/discussions/subjects/subject-registry';
import { ThemeDiscussionSubject } from '../../../src/modules/discussions/subjects/theme.discussion-subject';
import { EventDiscussionSubject } from '../../../src/modules/events/events.discussion-subject';
import { ToolkitDiscussionSubject } from '../../../src/modules/toolkits/toolkits.discussion-subject';
import { createCaseStudy } from '../factories/case-study.factory';
import { ageAccounts } from '../factories/discussion.factory';
import { createEvent } from '../factories/event.factory';
import { createToolkit } from '../factories/toolkit.factory';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { FOLLOW, START_THREAD } from './discussions.operations';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('discussion subjects (the contribution point)', () => {
  let t: TestApp;
  let registry: SubjectRegistry;
  let owner: TestUser;
  let member: TestUser;
  let study: { id: string; slug: string; title: string };
  let draftStudy: { id: string };
  let event: { id: string; title: string };
  let draftEvent: { id: string };
  let toolkit: { id: string; slug: string };
  let otherToolkit: { id: string; slug: string };

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    registry = t.app.get(SubjectRegistry);
    owner = await createUser(t.db, { name: 'Olive Owner' });
    member = await createUser(t.db, { name: 'Mel Member' });
    await ageAccounts(t.db, [owner.id, member.id]);
    study = await createCaseStudy(t.db, { organisationId: owner.organisationId });
    draftStudy = await createCaseStudy(t.db, {
      organisationId: owner.organisationId,
      status: 'DRAFT',
    });
    event = await createEvent(t.db, { organiserId: owner.id });
    draftEvent = await createEvent(t.db, { organiserId: owner.id, status: 'DRAFT' });
    toolkit = await createToolkit(t.db, {
      ownerOrganisationId: owner.organisationId,
      createdById: owner.id,
    });
    otherToolkit = await createToolkit(t.db, { ownerOrganisationId: owner.organisationId });
  });

  afterAll(async () => {
    await t.db.query(`DELETE FROM pgboss.job WHERE name = 'mail.send'`);
    await t.close();
  });

  it('should find every subject type contributed by its own module, each by one provider', () => {
    expect(registry.types().sort()).toEqual(
      ['CASE_STUDY', 'EVENT', 'GENERAL', 'THEME', 'TOOLKIT', 'TOOLKIT_SECTION'].sort(),
    );
    for (const type of Object.values(ThreadSubjectType)) expect(registry.supports(type)).toBe(true);
  });

  it.each([
    ['CASE_STUDY', CaseStudyDiscussionSubject],
    ['EVENT', EventDiscussionSubject],
    ['TOOLKIT', ToolkitDiscussionSubject],
    ['TOOLKIT_SECTION', ToolkitDiscussionSubject],
    ['THEME', ThemeDiscussionSubject],
    ['GENERAL', GeneralDiscussionSubject],
  ] as const)(
    'should resolve %s through the provider its module contributed',
    async (type, providerClass) => {
      const provider: DiscussionSubjectProvider = t.app.get(providerClass, { strict: false });
      const id = {
        CASE_STUDY: study.id,
        EVENT: event.id,
        TOOLKIT: toolkit.id,
        TOOLKIT_SECTION: `${toolkit.id}:b`,
        THEME: 'EMPLOYMENT',
        GENERAL: 'general',
      }[type];
      const spy = jest.spyOn(provider, 'resolve');
      try {
        const subject = await registry.resolve(ThreadSubjectType[type], id);
        expect(spy).toHaveBeenCalledTimes(1);
        expect(spy).toHaveBeenCalledWith(type, [id]);
        expect(subject).toMatchObject({ type, id });
      } finally {
        spy.mockRestore();
      }
    },
  );

  it('should answer with what can be discussed: title, link, owners and follow target', async () => {
    expect(await registry.resolve(ThreadSubjectType.CASE_STUDY, study.id)).toEqual({
      type: 'CASE_STUDY',
      id: study.id,
      title: study.title,
      link: `/case-studies/${study.slug}`,
      ownerUserIds: [],
      ownerOrganisationId: owner.organisationId,
      followTarget: { type: 'CASE_STUDY', id: study.id },
    });
    expect(await registry.resolve(ThreadSubjectType.EVENT, event.id)).toEqual({
      type: 'EVENT',
      id: event.id,
      title: event.title,
      link: `/events/${event.id}`,
      ownerUserIds: [owner.id],
      ownerOrganisationId: null,
      followTarget: { type: 'EVENT', id: event.id },
    });
    expect(await registry.resolve(ThreadSubjectType.TOOLKIT_SECTION, `${toolkit.id}:a`)).toEqual({
      type: 'TOOLKIT_SECTION',
      id: `${toolkit.id}:a`,
      title: `Toolkit ${toolkit.slug}: Section A`,
      link: `/toolkits/${toolkit.slug}#section-a`,
      ownerUserIds: [owner.id],
      ownerOrganisationId: owner.organisationId,
      followTarget: { type: 'TOOLKIT', id: toolkit.id },
    });
  });

  it('should leave out what members may not see, what does not exist and malformed ids', async () => {
    expect(await registry.resolve(ThreadSubjectType.CASE_STUDY, draftStudy.id)).toBeNull();
    expect(await registry.resolve(ThreadSubjectType.EVENT, draftEvent.id)).toBeNull();
    expect(await registry.resolve(ThreadSubjectType.TOOLKIT, MISSING)).toBeNull();
    expect(
      await registry.resolve(ThreadSubjectType.TOOLKIT_SECTION, `${toolkit.id}:zz`),
    ).toBeNull();
    expect(await registry.resolve(ThreadSubjectType.THEME, 'NO_SUCH_THEME')).toBeNull();
    const malformed = await countQueries(() =>
      registry.resolve(ThreadSubjectType.CASE_STUDY, 'not-a-uuid'),
    );
    expect(malformed.result).toBeNull();
    expect(malformed.count).toBe(0);
  });

  it('should resolve many subjects of a type in one statement (no N+1)', async () => {
    const studies = await countQueries(() =>
      registry.resolveMany(ThreadSubjectType.CASE_STUDY, [study.id, draftStudy.id, MISSING]),
    );
    expect([...studies.result.keys()]).toEqual([study.id]);
    expect(studies.count).toBe(1);
    const events = await countQueries(() =>
      registry.resolveMany(ThreadSubjectType.EVENT, [event.id, draftEvent.id]),
    );
    expect([...events.result.keys()]).toEqual([event.id]);
    expect(events.count).toBe(1);
    const toolkits = await countQueries(() =>
      registry.resolveMany(ThreadSubjectType.TOOLKIT, [toolkit.id, otherToolkit.id]),
    );
    expect(toolkits.result.size).toBe(2);
    expect(toolkits.count).toBe(1);
    // Sections: the toolkits, then their current versions.
    const sections = await countQueries(() =>
      registry.resolveMany(ThreadSubjectType.TOOLKIT_SECTION, [
        `${toolkit.id}:a`,
        `${otherToolkit.id}:b`,
        `${otherToolkit.id}:zz`,
      ]),
    );
    expect([...sections.result.keys()].sort()).toEqual(
      [`${toolkit.id}:a`, `${otherToolkit.id}:b`].sort(),
    );
    expect(sections.count).toBe(2);
  });

  it('should let members start threads on and follow contributed subjects, and refuse hidden ones', async () => {
    const started = await gql<{ startThread: { subjectId: string } }>(t.url, {
      query: START_THREAD,
      as: member.token,
      variables: {
        input: { subjectType: 'EVENT', subjectId: event.id, title: 'See you there', body: 'Hello' },
      },
    });
    expect(started.errors).toBeUndefined();
    expect(started.data?.startThread.subjectId).toBe(event.id);
    const follow = (targetType: string, targetId: string) =>
      gql(t.url, {
        query: FOLLOW,
        as: member.token,
        variables: { input: { targetType, targetId, level: 'WATCHING' } },
      });
    for (const [type, id] of [
      ['CASE_STUDY', study.id],
      ['EVENT', event.id],
      ['TOOLKIT', toolkit.id],
      ['THEME', 'EMPLOYMENT'],
    ]) {
      expect((await follow(type, id)).errors).toBeUndefined();
    }
    for (const [type, id] of [
      ['CASE_STUDY', draftStudy.id],
      ['EVENT', draftEvent.id],
      ['TOOLKIT', MISSING],
      ['THEME', 'NO_SUCH_THEME'],
      ['TOOLKIT', toolkit.id.toUpperCase()],
    ]) {
      // Well-formed but hidden, unknown or not the stored id: not found (malformed ids are bad input).
      expect(errorCode(await follow(type, id))).toBe('NOT_FOUND');
    }
    expect(errorCode(await follow('TOOLKIT', 'not-a-uuid'))).toBe('BAD_USER_INPUT');
  });
});
