import { Role } from '@mic/shared-util';

import {
  COMMITMENT_OVERDUE_QUEUE,
  CommitmentRemindersService,
} from '../../../src/modules/commitments/commitment-reminders.service';
import { DashboardRegistry } from '../../../src/common/dashboards/dashboard-measure';
import { JobsService } from '../../../src/modules/jobs/jobs.service';
import { MAIL_QUEUE } from '../../../src/modules/mail/mail.service';
import { createCaseStudy } from '../factories/case-study.factory';
import { createEvent } from '../factories/event.factory';
import { createOrganisation } from '../factories/organisation.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import type { TestSmtpServer } from '../setup/smtp-test-server';
import { startSmtpTestServer } from '../setup/smtp-test-server';

const FIELDS = `id title statement ownerId ownerName cadence nextUpdateDue overdue status lastUpdateOn
  latestProgressValue viewerCanUpdate sourceTitle
  organisations { id name lead } themes { key label }
  target { metricKey metricLabel unit value targetDate baseline }`;

const CREATE = `mutation ($input: CreateCommitmentInput!) { createCommitment(input: $input) { ${FIELDS} } }`;
const ADD_UPDATE = `mutation ($input: AddCommitmentUpdateInput!) { addCommitmentUpdate(input: $input) {
  ${FIELDS} updates { reportedOn status narrative progressValue createdByName evidence { kind title url targetId } } } }`;
const LIST = `query ($filter: CommitmentsFilter, $first: Int, $after: String) {
  commitments(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title status overdue organisations { name } } } } }`;
const ONE = `query ($id: ID!) { commitment(id: $id) { ${FIELDS} updates { reportedOn status narrative progressValue evidence { kind title url } } } }`;

type Commitment = {
  id: string;
  overdue: boolean;
  status: string | null;
  nextUpdateDue: string;
  viewerCanUpdate: boolean;
  updates?: {
    reportedOn: string;
    status: string;
    narrative: string;
    progressValue: number | null;
    evidence: { kind: string; title: string; url: string }[];
  }[];
  [key: string]: unknown;
};

describe('commitments tracker', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let member: TestUser;
  let outsider: TestUser;
  let icsAdmin: TestUser;
  let orgId: string;

  const today = () => new Date().toISOString().slice(0, 10);

  const create = (as: string | undefined, input: Record<string, unknown>) =>
    gql<{ createCommitment: Commitment }>(t.url, { query: CREATE, variables: { input }, as });

  const baseInput = () => ({
    statement: 'Recruit 100 local people into entry-level roles by 2027.',
    organisationIds: [orgId],
    themeKeys: ['EMPLOYMENT'],
    cadence: 'QUARTERLY',
  });

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    t = await createTestApp({ SMTP_URL: smtp.smtpUrl, JOBS_WORKERS: 'false' });
    await resetDatabase(t.db);
    orgId = (await createOrganisation(t.db, { icsOdsCodes: ['QHL'] })).id;
    member = await createUser(t.db, { organisationId: orgId, name: 'Member Owner' });
    outsider = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    icsAdmin = await createUser(t.db, {
      icsOdsCodes: ['QUA'],
      roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QHL' }],
    });
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('should list the seeded commitments with their source and first update', async () => {
    const res = await gql<{ commitments: { totalCount: number; edges: { node: Commitment }[] } }>(
      t.url,
      {
        query: LIST,
        variables: { first: 50 },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.commitments.totalCount).toBe(8);
    const thrive = res.data?.commitments.edges.find((e) =>
      String(e.node.title).startsWith('Thrive'),
    );
    const one = await gql<{ commitment: Commitment }>(t.url, {
      query: ONE,
      variables: { id: thrive?.node.id },
    });
    expect(one.data?.commitment).toMatchObject({
      sourceTitle: 'Health of the Region commitments progress report (WMCA)',
      target: { metricKey: 'PEOPLE_SUPPORTED', value: 450 },
      status: 'GREEN',
      lastUpdateOn: '2022-07-31',
      overdue: true,
      viewerCanUpdate: false,
    });
    expect(one.data?.commitment.updates?.[0].progressValue).toBe(2566);
  });

  it('should let a verified member create a commitment for their organisation and own it', async () => {
    const res = await create(member.token, {
      ...baseInput(),
      title: 'Local entry-level jobs',
      metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
      targetValue: 100,
      targetDate: '2027-03-31',
    });
    expect(res.errors).toBeUndefined();
    const c = res.data?.createCommitment as Commitment;
    expect(c).toMatchObject({
      ownerId: member.id,
      cadence: 'QUARTERLY',
      status: null,
      overdue: false,
      viewerCanUpdate: true,
      organisations: [{ id: orgId, lead: true }],
      themes: [{ key: 'EMPLOYMENT' }],
      target: { metricKey: 'LOCAL_RESIDENTS_INTO_JOBS', value: 100, targetDate: '2027-03-31' },
    });
    expect(c.nextUpdateDue > today()).toBe(true);
    const asOwner = await gql<{ commitment: Commitment }>(t.url, {
      query: ONE,
      variables: { id: c.id },
      as: member.token,
    });
    expect(asOwner.data?.commitment.viewerCanUpdate).toBe(true);
    const asOutsider = await gql<{ commitment: Commitment }>(t.url, {
      query: ONE,
      variables: { id: c.id },
      as: outsider.token,
    });
    expect(asOutsider.data?.commitment.viewerCanUpdate).toBe(false);
  });

  it('should refuse anonymous, non-members and unverified members, and allow the ICS admin', async () => {
    expect(errorCode(await create(undefined, baseInput()))).toBe('UNAUTHENTICATED');
    expect(errorCode(await create(outsider.token, baseInput()))).toBe('FORBIDDEN');
    const unverified = await createUser(t.db, { organisationId: orgId, verified: false });
    expect(errorCode(await create(unverified.token, baseInput()))).toBe('FORBIDDEN');
    const byAdmin = await create(icsAdmin.token, baseInput());
    expect(byAdmin.errors).toBeUndefined();
  });

  it('should refuse invalid input with BAD_USER_INPUT naming the field', async () => {
    const blank = await create(member.token, {
      ...baseInput(),
      statement: '  ',
      organisationIds: [],
    });
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    const malformed = await create(member.token, {
      ...baseInput(),
      organisationIds: ['not-a-uuid'],
    });
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
    const unknownOrg = await create(member.token, {
      ...baseInput(),
      organisationIds: ['123e4567-e89b-12d3-a456-426614174000'],
    });
    expect(errorCode(unknownOrg)).toBe('BAD_USER_INPUT');
    const theme = await create(member.token, { ...baseInput(), themeKeys: ['NO_SUCH_THEME'] });
    expect(theme.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'themeKeys',
    });
    const half = await create(member.token, { ...baseInput(), metricKey: 'PEOPLE_SUPPORTED' });
    expect(errorCode(half)).toBe('BAD_USER_INPUT');
  });

  describe('progress updates', () => {
    let commitmentId: string;

    beforeAll(async () => {
      const res = await create(member.token, baseInput());
      expect(res.errors).toBeUndefined();
      commitmentId = (res.data?.createCommitment as Commitment).id;
    });

    const addUpdate = (as: string | undefined, input: Record<string, unknown>) =>
      gql<{ addCommitmentUpdate: Commitment }>(t.url, {
        query: ADD_UPDATE,
        variables: {
          input: {
            commitmentId,
            reportedOn: today(),
            status: 'AMBER',
            narrative: 'Twelve people started in post this quarter.',
            ...input,
          },
        },
        as,
      });

    it('should add a dated update with visible evidence, and show it in the timeline', async () => {
      const cs = await createCaseStudy(t.db, {
        organisationId: orgId,
        title: 'Entry-level recruitment practice',
      });
      const event = await createEvent(t.db, {
        organiserId: member.id,
        title: 'Anchor jobs workshop',
      });
      const res = await addUpdate(member.token, {
        progressValue: 12,
        evidence: [
          { kind: 'CASE_STUDY', targetId: cs.id },
          { kind: 'EVENT', targetId: event.id },
          { kind: 'LINK', title: 'Board paper', url: 'https://example.org/board-paper' },
        ],
      });
      expect(res.errors).toBeUndefined();
      const c = res.data?.addCommitmentUpdate as Commitment;
      expect(c.status).toBe('AMBER');
      expect(c.updates?.[0]).toMatchObject({
        status: 'AMBER',
        progressValue: 12,
        evidence: [
          {
            kind: 'CASE_STUDY',
            title: 'Entry-level recruitment practice',
            url: `/case-studies/${cs.slug}`,
          },
          { kind: 'EVENT', title: 'Anchor jobs workshop', url: `/events/${event.id}` },
          { kind: 'LINK', title: 'Board paper', url: 'https://example.org/board-paper' },
        ],
      });
    });

    it('should refuse a draft case study of another organisation as evidence', async () => {
      const other = await createOrganisation(t.db);
      const draft = await createCaseStudy(t.db, { organisationId: other.id, status: 'DRAFT' });
      const res = await addUpdate(member.token, {
        evidence: [{ kind: 'CASE_STUDY', targetId: draft.id }],
      });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'evidence[0]',
      });
      const link = await addUpdate(member.token, {
        evidence: [{ kind: 'LINK', title: 'x', url: 'javascript:alert(1)' }],
      });
      expect(errorCode(link)).toBe('BAD_USER_INPUT');
    });

    it('should refuse others, future dates, unknown and malformed ids', async () => {
      expect(errorCode(await addUpdate(undefined, {}))).toBe('UNAUTHENTICATED');
      expect(errorCode(await addUpdate(outsider.token, {}))).toBe('FORBIDDEN');
      expect(errorCode(await addUpdate(member.token, { reportedOn: '2999-01-01' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(errorCode(await addUpdate(member.token, { reportedOn: '2026-02-30' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(errorCode(await addUpdate(member.token, { narrative: '' }))).toBe('BAD_USER_INPUT');
      expect(
        errorCode(
          await addUpdate(member.token, { commitmentId: '123e4567-e89b-12d3-a456-426614174000' }),
        ),
      ).toBe('NOT_FOUND');
      expect(errorCode(await addUpdate(member.token, { commitmentId: 'nope' }))).toBe(
        'BAD_USER_INPUT',
      );
      const one = await gql(t.url, {
        query: ONE,
        variables: { id: '123e4567-e89b-12d3-a456-426614174000' },
      });
      expect(errorCode(one)).toBe('NOT_FOUND');
    });

    it('should filter by ICS, theme, organisation, status and overdue', async () => {
      const list = async (filter: Record<string, unknown>) =>
        (
          await gql<{ commitments: { totalCount: number; edges: { node: Commitment }[] } }>(t.url, {
            query: LIST,
            variables: { filter, first: 100 },
          })
        ).data?.commitments;
      const qhl = await list({ icsOdsCode: 'QHL' });
      expect(qhl?.edges.some((e) => e.node.id === commitmentId)).toBe(true);
      expect(
        (await list({ icsOdsCode: 'QUA' }))?.edges.some((e) => e.node.id === commitmentId),
      ).toBe(false);
      expect(
        (await list({ organisationId: orgId }))?.edges.every(
          (e) => (e.node.organisations as unknown[]).length > 0,
        ),
      ).toBe(true);
      expect((await list({ status: 'AMBER' }))?.edges.some((e) => e.node.id === commitmentId)).toBe(
        true,
      );
      expect((await list({ status: 'GREEN' }))?.edges.some((e) => e.node.id === commitmentId)).toBe(
        false,
      );
      expect((await list({ themeKey: 'WORKFORCE' }))?.totalCount).toBe(1);
      expect((await list({ overdue: true }))?.totalCount).toBe(8);
      const page = await gql<{
        commitments: { pageInfo: { hasNextPage: boolean }; edges: unknown[] };
      }>(t.url, {
        query: LIST,
        variables: { first: 2 },
      });
      expect(page.data?.commitments.edges).toHaveLength(2);
      expect(page.data?.commitments.pageInfo.hasNextPage).toBe(true);
    });
  });

  it('should email the owner of an overdue commitment once over SMTP, however often the job runs', async () => {
    const reminders = t.app.get(CommitmentRemindersService);
    const jobs = t.app.get(JobsService);
    // The seeded demo commitments are overdue too: settle them first.
    await reminders.sendOverdueReminders();
    await jobs.drain(MAIL_QUEUE);
    await smtp.waitFor(8, (m) => m.subject.startsWith('Progress update overdue'));
    smtp.clear();

    const c = (await create(member.token, { ...baseInput(), title: 'Overdue one' })).data
      ?.createCommitment as Commitment;
    await t.db.query(`UPDATE commitment SET next_update_due = current_date - 3 WHERE id = $1`, [
      c.id,
    ]);
    await jobs.send(COMMITMENT_OVERDUE_QUEUE, {});
    expect(await jobs.drain(COMMITMENT_OVERDUE_QUEUE)).toBe(1);
    expect(await jobs.drain(MAIL_QUEUE)).toBe(1);
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toContain(member.email);
    expect(mail.subject).toBe('Progress update overdue: Overdue one');
    expect(mail.text).toContain(`/commitments/${c.id}/update`);

    // A second run, and two in parallel, send nothing more.
    expect(
      await Promise.all([reminders.sendOverdueReminders(), reminders.sendOverdueReminders()]),
    ).toEqual([0, 0]);
    expect(await reminders.sendOverdueReminders()).toBe(0);
    expect(await jobs.drain(MAIL_QUEUE)).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.messages).toHaveLength(1);

    const listed = await gql<{ commitment: Commitment }>(t.url, {
      query: ONE,
      variables: { id: c.id },
    });
    expect(listed.data?.commitment.overdue).toBe(true);
  });

  it('should contribute measures for every ICS and the region, with status as at the end of a period', async () => {
    const registry = t.app.get(DashboardRegistry);
    const at = async (from: string | null, to: string | null) => {
      const measures = await registry.measures({
        period: from && to ? { from: new Date(from), to: new Date(to) } : null,
        themeKey: null,
      });
      return new Map(measures.filter((m) => m.group === 'COMMITMENTS').map((m) => [m.key, m]));
    };
    // 2021/22: the seeded commitments were made (October 2021) but no progress was reported yet.
    const fy2021 = await at('2021-04-01', '2022-04-01');
    expect(fy2021.get('commitments.total')?.region.value).toBe(8);
    expect(fy2021.get('commitments.on-track')?.region.value).toBe(0);
    // 2022/23: the July 2022 progress notes: six green, two amber.
    const fy2022 = await at('2022-04-01', '2023-04-01');
    expect(fy2022.get('commitments.on-track')?.region.value).toBe(6);
    expect(fy2022.get('commitments.total')).toMatchObject({
      perPopulation: false,
      figuresPath: '/commitments',
    });
    // All time: each ICS counts the commitments the tracker lists for it.
    const now = await at(null, null);
    const listed = async (filter: Record<string, unknown>) =>
      (
        await gql<{ commitments: { totalCount: number } }>(t.url, {
          query: LIST,
          variables: { filter, first: 1 },
        })
      ).data?.commitments.totalCount;
    const inQhl = await listed({ icsOdsCode: 'QHL' });
    expect(now.get('commitments.total')?.byIcs.get('QHL')?.value).toBe(inQhl);
    expect(now.get('commitments.total')?.byIcs.get('QUA')?.value).toBe(
      await listed({ icsOdsCode: 'QUA' }),
    );
    expect(now.get('commitments.total')?.region.value).toBe(await listed({}));
    // The eight seeded commitments last reported in July 2022 are overdue.
    expect(now.get('commitments.overdue')?.region.value).toBeGreaterThanOrEqual(8);

    const section = registry.sections().find((s) => s.key === 'commitments');
    expect(section).toMatchObject({ title: 'Commitments', order: 40, feature: 'commitments' });
    const content = await section!.section.load('QHL', { period: null, themeKey: null });
    expect(content.tables[0].rows.length).toBe(inQhl);
    await create(member.token, baseInput());
    const after = await section!.section.load('QHL', { period: null, themeKey: null });
    expect(after.tables[0].rows.length).toBe((inQhl ?? 0) + 1);
    expect(after.tables[0].rows[0].cells[0].href).toMatch(/^\/commitments\//);
  });
});
