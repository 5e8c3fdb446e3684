import { Role } from '@mic/shared-util';

import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { createCaseStudy } from '../factories/case-study.factory';
import { createOrganisation } from '../factories/organisation.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import {
  ADD_MEASUREMENT,
  ADOPT,
  ADOPTIONS,
  APPROVE,
  ARCHIVE,
  CREATE,
  LIST,
  METRICS,
  ONE,
  RETURN,
  SPREAD,
  SUBMIT,
  UPDATE,
  UPDATE_ADOPTION,
} from './case-studies.operations';

interface CaseStudy {
  id: string;
  slug: string;
  status: string;
  version: number;
  [key: string]: unknown;
}

const draftInput = (title: string) => ({
  title,
  summary: 'Residents into NHS jobs through a three-week academy.',
  problem: 'High **unemployment** near the hospital.',
  approach: 'Level 1 qualification, placement and a guaranteed interview.',
  coreComponents: '- Guaranteed interview\n- Placement',
  adaptableParts: 'Length of the course.',
  evidenceLevel: 'BEFORE_AFTER',
  stage: 'ESTABLISHED',
  icsOdsCode: 'QUA',
  placeName: 'Walsall',
  themes: ['EMPLOYMENT', 'WORKFORCE'],
  targetGroups: ['CORE20'],
  imdQuintiles: [1, 2],
  ageBands: ['16-24'],
  partners: [{ name: 'Walsall College', role: 'Delivers the qualification' }],
  contact: { name: 'Leah Bassi', role: 'Anchor lead', email: 'leah@example.org' },
  reviewBy: '2099-12-31',
});

describe('case study lifecycle', () => {
  let t: TestApp;
  let lead: TestUser;
  let colleague: TestUser;
  let reviewer: TestUser;
  let sameIcsReviewer: TestUser;
  let adopter: TestUser;
  let outsider: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    lead = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    colleague = await createUser(t.db, { organisationId: lead.organisationId });
    reviewer = await createUser(t.db, { icsOdsCodes: ['QHL'], roles: [{ role: Role.MODERATOR }] });
    sameIcsReviewer = await createUser(t.db, {
      icsOdsCodes: ['QUA'],
      roles: [{ role: Role.MODERATOR }],
    });
    adopter = await createUser(t.db, { icsOdsCodes: ['QWU'] });
    outsider = await createUser(t.db, { icsOdsCodes: ['QT1'] });
  });

  afterAll(async () => {
    await t.close();
  });

  async function createDraft(title = 'Work academy into NHS roles'): Promise<CaseStudy> {
    const res = await gql<{ createCaseStudy: CaseStudy }>(t.url, {
      query: CREATE,
      as: lead.token,
      variables: { input: draftInput(title) },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createCaseStudy;
  }

  async function submitted(title?: string): Promise<CaseStudy> {
    const draft = await createDraft(title);
    const res = await gql(t.url, {
      query: SUBMIT,
      as: lead.token,
      variables: { input: { id: draft.id } },
    });
    expect(res.errors).toBeUndefined();
    return draft;
  }

  it('should run the whole lifecycle: draft, submit, peer review, publish, outcomes, new version, adoption, spread, archive', async () => {
    const draft = await createDraft();
    expect(draft).toMatchObject({
      status: 'DRAFT',
      version: 1,
      slug: 'work-academy-into-nhs-roles',
      ics: { odsCode: 'QUA' },
      place: { name: 'Walsall' },
      organisation: { id: lead.organisationId },
      canEdit: true,
      peerReview: null,
    });
    expect((draft.themes as { key: string }[]).map((th) => th.key).sort()).toEqual([
      'EMPLOYMENT',
      'WORKFORCE',
    ]);
    expect((draft.problem as { html: string }).html.trim()).toBe(
      '<p>High <strong>unemployment</strong> near the hospital.</p>',
    );

    const edited = await gql<{ updateCaseStudy: CaseStudy }>(t.url, {
      query: UPDATE,
      as: colleague.token,
      variables: { input: { id: draft.id, expectedVersion: 1, aims: 'Jobs for local people.' } },
    });
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updateCaseStudy.version).toBe(2);

    const sub = await gql<{ submitCaseStudy: { status: string } }>(t.url, {
      query: SUBMIT,
      as: lead.token,
      variables: { input: { id: draft.id } },
    });
    expect(sub.data?.submitCaseStudy.status).toBe('SUBMITTED');

    const approved = await gql<{
      approveCaseStudy: { status: string; peerReview: { ics: { odsCode: string } } };
    }>(t.url, {
      query: APPROVE,
      as: reviewer.token,
      variables: { input: { id: draft.id, comments: 'Clear and well evidenced.' } },
    });
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.approveCaseStudy).toMatchObject({
      status: 'PUBLISHED',
      peerReview: { ics: { odsCode: 'QHL' } },
    });

    // Public now, with the badge; the author is told.
    const anon = await gql<{ caseStudy: CaseStudy }>(t.url, {
      query: ONE,
      variables: { slug: draft.slug },
    });
    expect(anon.errors).toBeUndefined();
    expect(anon.data?.caseStudy).toMatchObject({
      status: 'PUBLISHED',
      canEdit: false,
      reviewComments: null,
      contact: { email: null },
    });
    expect(anon.data?.caseStudy.reviews).toEqual([]);
    const notes: { kind: string }[] = await t.db.query(
      `SELECT kind FROM notification WHERE user_id = $1`,
      [lead.id],
    );
    expect(notes.map((n) => n.kind)).toContain('CASE_STUDY_APPROVED');

    // Metric dictionary and a dated, sourced origin measurement.
    const metrics = await gql<{ metrics: { key: string }[] }>(t.url, { query: METRICS });
    expect(metrics.data?.metrics.map((m) => m.key)).toEqual(
      expect.arrayContaining(['LOCAL_RESIDENTS_INTO_JOBS', 'SOCIAL_VALUE_GBP', 'TCO2E_SAVED']),
    );
    for (const [value, measuredOn] of [
      [40, '2024-03-31'],
      [150, '2025-01-31'],
    ] as const) {
      const added = await gql(t.url, {
        query: ADD_MEASUREMENT,
        as: lead.token,
        variables: {
          input: {
            caseStudyId: draft.id,
            metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
            value,
            measuredOn,
            sourceUrl: 'https://example.org/report',
          },
        },
      });
      expect(added.errors).toBeUndefined();
    }
    const noSource = await gql(t.url, {
      query: ADD_MEASUREMENT,
      as: lead.token,
      variables: {
        input: {
          caseStudyId: draft.id,
          metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
          value: 1,
          measuredOn: '2025-02-01',
        },
      },
    });
    expect(errorCode(noSource)).toBe('BAD_USER_INPUT');

    // Every edit and lifecycle move bumps the version (create 1, edit 2, submit 3, approve 4);
    // editing the published case study creates version 5 and keeps version 4 readable.
    const v = await gql<{ updateCaseStudy: CaseStudy }>(t.url, {
      query: UPDATE,
      as: lead.token,
      variables: {
        input: {
          id: draft.id,
          expectedVersion: 4,
          summary: 'Over 150 residents into NHS and care jobs.',
          changeNote: 'New figures',
        },
      },
    });
    expect(v.errors).toBeUndefined();
    expect(v.data?.updateCaseStudy.version).toBe(5);

    // A member in a third ICS adopts; the originator is notified.
    const adopt = await gql<{
      adoptCaseStudy: {
        id: string;
        stage: string;
        ics: { odsCode: string };
        stageHistory: { stage: string }[];
      };
    }>(t.url, {
      query: ADOPT,
      as: adopter.token,
      variables: { input: { caseStudyId: draft.id, organisationId: adopter.organisationId } },
    });
    expect(adopt.errors).toBeUndefined();
    expect(adopt.data?.adoptCaseStudy).toMatchObject({
      stage: 'EXPLORING',
      ics: { odsCode: 'QWU' },
      stageHistory: [{ stage: 'EXPLORING' }],
    });
    const adoptionId = adopt.data!.adoptCaseStudy.id;
    const adoptedNote: { kind: string; link: string }[] = await t.db.query(
      `SELECT kind, link FROM notification WHERE user_id = $1 AND kind = 'ADOPTION_DECLARED'`,
      [lead.id],
    );
    expect(adoptedNote).toEqual([{ kind: 'ADOPTION_DECLARED', link: `/adoptions/${adoptionId}` }]);
    const again = await gql(t.url, {
      query: ADOPT,
      as: adopter.token,
      variables: { input: { caseStudyId: draft.id, organisationId: adopter.organisationId } },
    });
    expect(errorCode(again)).toBe('CONFLICT');

    const upd = await gql<{ updateAdoption: Record<string, unknown> }>(t.url, {
      query: UPDATE_ADOPTION,
      as: adopter.token,
      variables: {
        input: {
          id: adoptionId,
          stage: 'PILOTING',
          stageChangedOn: '2025-06-01',
          readiness: [
            { area: 'leadership', score: 3 },
            { area: 'funding', score: 1, note: 'One year only' },
          ],
          barriers: ['Short-term funding'],
          enablers: ['College partner'],
          contacts: [
            { side: 'ADOPTER', name: 'Ada Adopter', email: 'ada@example.org' },
            { side: 'ORIGIN', name: 'Leah Bassi' },
          ],
          addAdaptations: [
            {
              component: 'Guaranteed interview',
              decision: 'ADAPTED',
              detail: 'Guaranteed interview across three trusts',
            },
          ],
        },
      },
    });
    expect(upd.errors).toBeUndefined();
    expect(upd.data?.updateAdoption).toMatchObject({
      stage: 'PILOTING',
      stageHistory: [{ stage: 'EXPLORING' }, { stage: 'PILOTING', changedOn: '2025-06-01' }],
      adaptations: [{ component: 'Guaranteed interview', decision: 'ADAPTED' }],
      barriers: ['Short-term funding'],
    });
    const stopNoReason = await gql(t.url, {
      query: UPDATE_ADOPTION,
      as: adopter.token,
      variables: { input: { id: adoptionId, stage: 'STOPPED' } },
    });
    expect(errorCode(stopNoReason)).toBe('BAD_USER_INPUT');
    const notMine = await gql(t.url, {
      query: UPDATE_ADOPTION,
      as: outsider.token,
      variables: { input: { id: adoptionId, barriers: ['x'] } },
    });
    expect(errorCode(notMine)).toBe('FORBIDDEN');
    const adopterFigure = await gql(t.url, {
      query: ADD_MEASUREMENT,
      as: adopter.token,
      variables: {
        input: {
          adoptionId,
          metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
          value: 12,
          measuredOn: '2025-09-30',
          sourceTitle: 'Quarterly board report',
        },
      },
    });
    expect(adopterFigure.errors).toBeUndefined();

    // The page: versions, reviews for the editor, outcomes, adopters, lineage, side-by-side comparison.
    const page = await gql<{ caseStudy: Record<string, unknown> }>(t.url, {
      query: ONE,
      as: lead.token,
      variables: { slug: draft.slug },
    });
    expect(page.errors).toBeUndefined();
    const cs = page.data!.caseStudy;
    expect(cs.versions).toEqual([
      { number: 2, version: 5, changedFields: ['summary'], changeNote: 'New figures' },
      { number: 1, version: 4, changedFields: [], changeNote: 'Published after peer review' },
    ]);
    expect(cs.reviews).toEqual([
      { decision: 'APPROVED', comments: 'Clear and well evidenced.', ics: { odsCode: 'QHL' } },
    ]);
    expect(cs.outcomes).toEqual([
      {
        metric: { key: 'LOCAL_RESIDENTS_INTO_JOBS', unit: 'people' },
        latest: {
          value: 150,
          measuredOn: '2025-01-31',
          sourceTitle: null,
          sourceUrl: 'https://example.org/report',
        },
        measurements: [
          { value: 40, measuredOn: '2024-03-31' },
          { value: 150, measuredOn: '2025-01-31' },
        ],
      },
    ]);
    expect(cs.adoptionCount).toBe(1);
    expect(cs.lineage).toEqual([
      {
        depth: 1,
        parentAdoptionId: null,
        adoption: { id: adoptionId, organisation: { name: expect.any(String) } },
      },
    ]);
    expect(cs.outcomeComparison).toEqual([
      {
        metric: { key: 'LOCAL_RESIDENTS_INTO_JOBS' },
        entries: [
          {
            isOrigin: true,
            organisationName: expect.any(String),
            population: 1_213_200, // Black Country, Census 2021
            per100k: 12.36,
            latest: { value: 150 },
          },
          {
            isOrigin: false,
            organisationName: expect.any(String),
            population: 942_100, // Coventry and Warwickshire
            per100k: 1.27,
            latest: { value: 12 },
          },
        ],
      },
    ]);

    const adoptions = await gql<{ adoptions: { id: string }[] }>(t.url, {
      query: ADOPTIONS,
      variables: { filter: { icsOdsCode: 'QWU' } },
    });
    expect(adoptions.data?.adoptions.map((a) => a.id)).toEqual([adoptionId]);

    // Spread matrix: QWU is piloting it, QUA is its origin; QWU is no longer a gap for employment.
    const spread = await gql<{
      spreadMatrix: {
        icss: unknown[];
        cells: {
          icsOdsCode: string;
          caseStudyId: string;
          furthestStage: string | null;
          isOrigin: boolean;
        }[];
        gapIcss: { odsCode: string }[];
      };
    }>(t.url, {
      query: SPREAD,
      variables: { theme: 'WORKFORCE' },
    });
    expect(spread.errors).toBeUndefined();
    expect(spread.data?.spreadMatrix.icss).toHaveLength(11);
    const cells = spread.data!.spreadMatrix.cells.filter((c) => c.caseStudyId === draft.id);
    expect(cells).toHaveLength(11);
    expect(cells.find((c) => c.icsOdsCode === 'QWU')).toMatchObject({
      furthestStage: 'PILOTING',
      isOrigin: false,
    });
    expect(cells.find((c) => c.icsOdsCode === 'QUA')).toMatchObject({
      furthestStage: null,
      isOrigin: true,
    });
    const gaps = spread.data!.spreadMatrix.gapIcss.map((g) => g.odsCode);
    expect(gaps).not.toContain('QWU');
    expect(gaps).toContain('QT1');

    // Owners archive it.
    const archived = await gql<{ archiveCaseStudy: { status: string } }>(t.url, {
      query: ARCHIVE,
      as: lead.token,
      variables: { input: { id: draft.id } },
    });
    expect(archived.data?.archiveCaseStudy.status).toBe('ARCHIVED');
    const list = await gql<{ caseStudies: { edges: { node: { id: string } }[] } }>(t.url, {
      query: LIST,
      variables: { first: 100 },
    });
    expect(list.data?.caseStudies.edges.map((e) => e.node.id)).not.toContain(draft.id);
  });

  it('should refuse a reviewer from the same ICS (FORBIDDEN) and leave the case study submitted', async () => {
    const cs = await submitted('Same ICS review attempt');
    const res = await gql(t.url, {
      query: APPROVE,
      as: sameIcsReviewer.token,
      variables: { input: { id: cs.id } },
    });
    expect(errorCode(res)).toBe('FORBIDDEN');
    const ret = await gql(t.url, {
      query: RETURN,
      as: sameIcsReviewer.token,
      variables: { input: { id: cs.id, comments: 'x' } },
    });
    expect(errorCode(ret)).toBe('FORBIDDEN');
    // A plain member of another organisation cannot even see it.
    const member = await gql(t.url, {
      query: APPROVE,
      as: outsider.token,
      variables: { input: { id: cs.id } },
    });
    expect(errorCode(member)).toBe('NOT_FOUND');
    const rows: { status: string }[] = await t.db.query(
      `SELECT status FROM case_study WHERE id = $1`,
      [cs.id],
    );
    expect(rows[0].status).toBe('SUBMITTED');
  });

  it('should return a submitted case study to draft with comments the authors can read', async () => {
    const cs = await submitted('Returned for more evidence');
    const noComment = await gql(t.url, {
      query: RETURN,
      as: reviewer.token,
      variables: { input: { id: cs.id } },
    });
    expect(errorCode(noComment)).toBe('BAD_USER_INPUT');
    const res = await gql<{ returnCaseStudy: { status: string; reviewComments: string } }>(t.url, {
      query: RETURN,
      as: reviewer.token,
      variables: { input: { id: cs.id, comments: 'Please add the source of the jobs figure.' } },
    });
    expect(res.data?.returnCaseStudy).toEqual({
      id: cs.id,
      status: 'DRAFT',
      reviewComments: 'Please add the source of the jobs figure.',
    });
    const page = await gql<{ caseStudy: { status: string; reviewComments: string } }>(t.url, {
      query: ONE,
      as: colleague.token,
      variables: { slug: cs.slug },
    });
    expect(page.data?.caseStudy).toMatchObject({
      status: 'DRAFT',
      reviewComments: 'Please add the source of the jobs figure.',
    });
    const notes: { kind: string }[] = await t.db.query(
      `SELECT kind FROM notification WHERE user_id = $1 AND kind = 'CASE_STUDY_RETURNED'`,
      [lead.id],
    );
    expect(notes.length).toBeGreaterThan(0);
  });

  it('should refuse edits from a member of another organisation (FORBIDDEN on published, NOT_FOUND on drafts)', async () => {
    const published = await createCaseStudy(t.db, { organisationId: lead.organisationId });
    const res = await gql(t.url, {
      query: UPDATE,
      as: outsider.token,
      variables: { input: { id: published.id, expectedVersion: 1, title: 'Hijacked title' } },
    });
    expect(errorCode(res)).toBe('FORBIDDEN');
    const archive = await gql(t.url, {
      query: ARCHIVE,
      as: outsider.token,
      variables: { input: { id: published.id } },
    });
    expect(errorCode(archive)).toBe('FORBIDDEN');
    const measure = await gql(t.url, {
      query: ADD_MEASUREMENT,
      as: outsider.token,
      variables: {
        input: {
          caseStudyId: published.id,
          metricKey: 'PEOPLE_SUPPORTED',
          value: 1,
          measuredOn: '2025-01-01',
          sourceTitle: 'x',
        },
      },
    });
    expect(errorCode(measure)).toBe('FORBIDDEN');
    const draft = await createDraft('A private draft to edit');
    const draftEdit = await gql(t.url, {
      query: UPDATE,
      as: outsider.token,
      variables: { input: { id: draft.id, expectedVersion: 1, title: 'Hijacked title' } },
    });
    expect(errorCode(draftEdit)).toBe('NOT_FOUND');
    const rows: { title: string }[] = await t.db.query(
      `SELECT title FROM case_study WHERE id = ANY($1)`,
      [[published.id, draft.id]],
    );
    expect(rows.map((r) => r.title)).not.toContain('Hijacked title');
  });

  it('should let exactly one of two concurrent updates from the same version succeed; the other gets CONFLICT', async () => {
    const draft = await createDraft('Concurrent edit target');
    const edit = (as: string, summary: string) =>
      gql<{ updateCaseStudy: CaseStudy }>(t.url, {
        query: UPDATE,
        as,
        variables: { input: { id: draft.id, expectedVersion: 1, summary } },
      });
    const results = await Promise.all([
      edit(lead.token, 'Summary written by the lead.'),
      edit(colleague.token, 'Summary written by the colleague.'),
    ]);
    const ok = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => errorCode(r) === 'CONFLICT');
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].errors?.[0].extensions?.field).toBe('expectedVersion');
    const rows: { version: number; summary: string }[] = await t.db.query(
      `SELECT version, summary FROM case_study WHERE id = $1`,
      [draft.id],
    );
    expect(rows[0]).toEqual({ version: 2, summary: ok[0].data!.updateCaseStudy.summary });
    // Also on a published case study, where each edit records a version.
    const published = await createCaseStudy(t.db, { organisationId: lead.organisationId });
    const pub = (as: string, summary: string) =>
      gql(t.url, {
        query: UPDATE,
        as,
        variables: { input: { id: published.id, expectedVersion: 1, summary } },
      });
    const again = await Promise.all([
      pub(lead.token, 'First concurrent summary.'),
      pub(colleague.token, 'Second concurrent summary.'),
    ]);
    expect(again.filter((r) => !r.errors)).toHaveLength(1);
    expect(again.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(1);
    const versions: { version: number }[] = await t.db.query(
      `SELECT version FROM case_study_version WHERE case_study_id = $1`,
      [published.id],
    );
    expect(versions).toEqual([{ version: 2 }]);
  });

  it('should hide drafts from others (NOT_FOUND, same as a missing slug) and from lists', async () => {
    const draft = await createDraft('Hidden draft practice');
    const missing = await gql(t.url, { query: ONE, variables: { slug: 'no-such-case-study' } });
    const anon = await gql(t.url, { query: ONE, variables: { slug: draft.slug } });
    const other = await gql(t.url, {
      query: ONE,
      as: outsider.token,
      variables: { slug: draft.slug },
    });
    expect(errorCode(missing)).toBe('NOT_FOUND');
    expect(errorCode(anon)).toBe('NOT_FOUND');
    expect(errorCode(other)).toBe('NOT_FOUND');
    expect(anon.errors?.[0].message).toBe(missing.errors?.[0].message);
    expect(
      errorCode(
        await gql(t.url, {
          query: SUBMIT,
          as: outsider.token,
          variables: { input: { id: draft.id } },
        }),
      ),
    ).toBe('NOT_FOUND');
    const own = await gql(t.url, {
      query: ONE,
      as: colleague.token,
      variables: { slug: draft.slug },
    });
    expect(own.errors).toBeUndefined();
    // Reviewers see a case study once it is submitted for review, not while it is a draft.
    const rev = await gql(t.url, {
      query: ONE,
      as: reviewer.token,
      variables: { slug: draft.slug },
    });
    expect(errorCode(rev)).toBe('NOT_FOUND');

    const ids = async (as: string | undefined, filter: Record<string, unknown>) =>
      (
        await gql<{ caseStudies: { edges: { node: { id: string } }[] } }>(t.url, {
          query: LIST,
          as,
          variables: { first: 100, filter },
        })
      ).data!.caseStudies.edges.map((e) => e.node.id);
    expect(await ids(undefined, {})).not.toContain(draft.id);
    expect(await ids(outsider.token, { status: 'DRAFT' })).not.toContain(draft.id);
    expect(await ids(undefined, { status: 'DRAFT' })).toEqual([]);
    expect(await ids(lead.token, { mine: true })).toContain(draft.id);
    expect(await ids(outsider.token, { mine: true })).not.toContain(draft.id);
    const queue = await submitted('Queue item for review');
    expect(await ids(reviewer.token, { status: 'SUBMITTED' })).toContain(queue.id);
    expect(await ids(reviewer.token, { status: 'DRAFT' })).not.toContain(draft.id);
    expect(await ids(outsider.token, { status: 'SUBMITTED' })).not.toContain(queue.id);
    const reviewerSees = await gql(t.url, {
      query: ONE,
      as: reviewer.token,
      variables: { slug: queue.slug },
    });
    expect(reviewerSees.errors).toBeUndefined();
  });

  it('should render markdown with script tags and javascript: links inert', async () => {
    const res = await gql<{
      createCaseStudy: {
        problem: { html: string };
        approach: { html: string };
        coreComponents: { html: string };
      };
    }>(t.url, {
      query: CREATE,
      as: lead.token,
      variables: {
        input: {
          ...draftInput('Markdown safety check'),
          problem: 'Before <script>alert("x")</script> after <img src=x onerror=alert(1)>',
          approach: '[click me](javascript:alert(document.cookie)) and [ok](https://example.org)',
          coreComponents:
            '<a href="javascript:alert(1)">raw</a> <iframe src="https://evil.example"></iframe>',
        },
      },
    });
    expect(res.errors).toBeUndefined();
    const { problem, approach, coreComponents } = res.data!.createCaseStudy;
    for (const html of [problem.html, approach.html, coreComponents.html]) {
      expect(html).not.toMatch(/<(script|img|iframe)\b/i);
      expect(html).not.toMatch(/<a\s[^>]*href="\s*javascript:/i);
    }
    expect(problem.html).toContain('&lt;script&gt;');
    expect(approach.html).toMatch(
      /<a href="https:\/\/example\.org" rel="noopener noreferrer nofollow"[^>]*>ok<\/a>/,
    );
  });

  it('should refuse a case study for an organisation whose membership is not verified', async () => {
    const org = await createOrganisation(t.db, { icsOdsCodes: ['QNC'] });
    const unverified = await createUser(t.db, { organisationId: org.id, verified: false });
    for (const organisationId of [undefined, org.id]) {
      const res = await gql<{ createCaseStudy: { id: string } }>(t.url, {
        query: CREATE,
        as: unverified.token,
        variables: {
          input: { ...draftInput('Unverified draft'), icsOdsCode: 'QNC', placeName: undefined, organisationId },
        },
      });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.errors?.[0].message).toMatch(/not verified yet/);
    }
  });

  it('should flag and filter stale case studies past their review-by date', async () => {
    const stale = await createCaseStudy(t.db, {
      organisationId: lead.organisationId,
      reviewBy: '2020-01-01',
      title: 'Stale practice example',
    });
    const fresh = await createCaseStudy(t.db, {
      organisationId: lead.organisationId,
      title: 'Fresh practice example',
    });
    const ids = async (filter: Record<string, unknown>) =>
      (
        await gql<{ caseStudies: { edges: { node: { id: string; isStale: boolean } }[] } }>(t.url, {
          query: LIST,
          variables: { first: 100, filter },
        })
      ).data!.caseStudies.edges.map((e) => e.node);
    const all = await ids({ search: 'practice example' });
    expect(all.find((n) => n.id === stale.id)?.isStale).toBe(true);
    expect(all.find((n) => n.id === fresh.id)?.isStale).toBe(false);
    expect(
      (await ids({ search: 'practice example', includeStale: false })).map((n) => n.id),
    ).toEqual([fresh.id]);
    expect((await ids({ search: 'practice example', staleOnly: true })).map((n) => n.id)).toEqual([
      stale.id,
    ]);
    // The owner confirms it by moving the review-by date on.
    const confirm = await gql<{ updateCaseStudy: { isStale: boolean } }>(t.url, {
      query: UPDATE,
      as: lead.token,
      variables: { input: { id: stale.id, expectedVersion: 1, reviewBy: '2099-01-01' } },
    });
    expect(confirm.data?.updateCaseStudy.isStale).toBe(false);
  });

  it('should filter by ICS, theme, evidence level and stage, and page with totalCount', async () => {
    await createCaseStudy(t.db, {
      organisationId: outsider.organisationId,
      icsOdsCode: 'QT1',
      themes: ['ESTATES'],
      evidenceLevel: 'EVALUATED',
      stage: 'SCALED',
      title: 'Estates filter target',
    });
    const res = await gql<{
      caseStudies: { totalCount: number; edges: { node: { title: string } }[] };
    }>(t.url, {
      query: LIST,
      variables: {
        first: 10,
        filter: {
          icsOdsCode: 'QT1',
          theme: 'ESTATES',
          evidenceLevel: 'EVALUATED',
          stage: 'SCALED',
        },
      },
    });
    expect(res.data?.caseStudies.totalCount).toBe(1);
    expect(res.data?.caseStudies.edges[0].node.title).toBe('Estates filter target');
    const first = await gql<{
      caseStudies: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: unknown[];
      };
    }>(t.url, { query: LIST, variables: { first: 2 } });
    expect(first.data?.caseStudies.edges).toHaveLength(2);
    expect(first.data?.caseStudies.pageInfo.hasNextPage).toBe(true);
    const second = await gql<{ caseStudies: { totalCount: number; edges: unknown[] } }>(t.url, {
      query: LIST,
      variables: { first: 2, after: first.data!.caseStudies.pageInfo.endCursor },
    });
    expect(second.data?.caseStudies.totalCount).toBe(first.data?.caseStudies.totalCount);
  });
});
