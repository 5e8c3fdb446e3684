import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Role } from '@mic/shared-util';

import { createAdoption, createCaseStudy } from '../factories/case-study.factory';
import { createOrganisation } from '../factories/organisation.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

const FIELDS = `id title statement cadence nextUpdateDue viewerCanEdit viewerCanUpdate
  organisations { id lead } target { value targetDate }
  updates { evidence { kind title url targetId } }`;
const CREATE = `mutation ($input: CreateCommitmentInput!) { createCommitment(input: $input) { ${FIELDS} } }`;
const ADD_UPDATE = `mutation ($input: AddCommitmentUpdateInput!) { addCommitmentUpdate(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { ${FIELDS} } }`;
const ADD_FIGURE = `mutation ($input: AddOutcomeMeasurementInput!) { addOutcomeMeasurement(input: $input) { id } }`;

interface Evidence {
  kind: string;
  title: string;
  url: string;
  targetId: string | null;
}
interface Commitment {
  id: string;
  title: string | null;
  statement: string;
  cadence: string;
  nextUpdateDue: string;
  viewerCanEdit: boolean;
  organisations: { id: string; lead: boolean }[];
  target: { value: number; targetDate: string } | null;
  updates: { evidence: Evidence[] }[];
}

describe('commitments: figures and files as evidence, and changing a commitment', () => {
  let t: TestApp;
  let dir: string;
  let orgA: string;
  let orgB: string;
  let member: TestUser;
  let outsider: TestUser;
  let qhlAdmin: TestUser;
  let quaAdmin: TestUser;
  let commitmentId: string;

  const today = () => new Date().toISOString().slice(0, 10);

  const addUpdate = (as: string | undefined, evidence: Record<string, unknown>[]) =>
    gql<{ addCommitmentUpdate: Commitment }>(t.url, {
      query: ADD_UPDATE,
      variables: {
        input: {
          commitmentId,
          reportedOn: today(),
          status: 'GREEN',
          narrative: 'Progress with the evidence attached.',
          evidence,
        },
      },
      as,
    });

  const update = (as: string | undefined, input: Record<string, unknown>) =>
    gql<{ updateCommitment: Commitment }>(t.url, {
      query: UPDATE,
      variables: { input: { commitmentId, ...input } },
      as,
    });

  const upload = async (token: string, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), name);
    const res = await fetch(`${t.url}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };

  const figureOf = async (caseStudyId: string) =>
    (
      (await t.db.query(`SELECT id FROM outcome_measurement WHERE case_study_id = $1`, [
        caseStudyId,
      ])) as { id: string }[]
    )[0].id;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mic-commitment-files-'));
    t = await createTestApp({ UPLOAD_DIR: dir });
    await resetDatabase(t.db);
    orgA = (await createOrganisation(t.db, { icsOdsCodes: ['QHL'] })).id;
    orgB = (await createOrganisation(t.db, { icsOdsCodes: ['QHL'] })).id;
    member = await createUser(t.db, { organisationId: orgA, name: 'Commitment Owner' });
    outsider = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    qhlAdmin = await createUser(t.db, {
      icsOdsCodes: ['QUA'],
      roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QHL' }],
    });
    quaAdmin = await createUser(t.db, {
      icsOdsCodes: ['QUA'],
      roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QUA' }],
    });
    const res = await gql<{ createCommitment: Commitment }>(t.url, {
      query: CREATE,
      variables: {
        input: {
          title: 'Local entry-level jobs',
          statement: 'Recruit 100 local people into entry-level roles by 2027.',
          organisationIds: [orgA],
          themeKeys: ['EMPLOYMENT'],
          cadence: 'QUARTERLY',
          metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
          targetValue: 100,
          targetDate: '2027-03-31',
        },
      },
      as: member.token,
    });
    expect(res.errors).toBeUndefined();
    commitmentId = (res.data?.createCommitment as Commitment).id;
  });

  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('MEASUREMENT evidence', () => {
    it('should cite a published case study figure as "value, metric, period, source" with a link', async () => {
      const other = await createOrganisation(t.db, { icsOdsCodes: ['QUA'] });
      const cs = await createCaseStudy(t.db, {
        organisationId: other.id,
        outcomes: [
          {
            metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
            value: 150,
            measuredOn: '2025-03-31',
            qualifier: 'more than',
            sourceTitle: 'Annual report 2025',
          },
        ],
      });
      const figure = await figureOf(cs.id);
      const res = await addUpdate(member.token, [{ kind: 'MEASUREMENT', targetId: figure }]);
      expect(res.errors).toBeUndefined();
      const [evidence] = res.data!.addCommitmentUpdate.updates[0].evidence;
      expect(evidence).toEqual({
        kind: 'MEASUREMENT',
        targetId: figure,
        url: `/case-studies/${cs.slug}`,
        title: expect.stringMatching(
          /^more than 150 people, .+, at 31 Mar 2025, source: Annual report 2025$/,
        ),
      });
    });

    it('should refuse a draft case study figure, a removed one and an unknown id', async () => {
      const draft = await createCaseStudy(t.db, {
        organisationId: orgA,
        status: 'DRAFT',
        outcomes: [{ metricKey: 'LOCAL_RESIDENTS_INTO_JOBS', value: 3, measuredOn: '2025-03-31' }],
      });
      const res = await addUpdate(member.token, [
        { kind: 'MEASUREMENT', targetId: await figureOf(draft.id) },
      ]);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'evidence[0]',
      });
      const published = await createCaseStudy(t.db, {
        organisationId: orgA,
        outcomes: [{ metricKey: 'LOCAL_RESIDENTS_INTO_JOBS', value: 4, measuredOn: '2025-03-31' }],
      });
      const removedId = await figureOf(published.id);
      await t.db.query(`UPDATE outcome_measurement SET removed_at = now() WHERE id = $1`, [
        removedId,
      ]);
      expect(
        errorCode(await addUpdate(member.token, [{ kind: 'MEASUREMENT', targetId: removedId }])),
      ).toBe('BAD_USER_INPUT');
      expect(
        errorCode(
          await addUpdate(member.token, [
            { kind: 'MEASUREMENT', targetId: '123e4567-e89b-12d3-a456-426614174000' },
          ]),
        ),
      ).toBe('BAD_USER_INPUT');
    });

    it("should cite an adoption figure of the updater's own ICS, and refuse another ICS's", async () => {
      const origin = await createOrganisation(t.db, { icsOdsCodes: ['QUA'] });
      const cs = await createCaseStudy(t.db, { organisationId: origin.id });
      const here = await createAdoption(t.db, {
        caseStudyId: cs.id,
        organisationId: orgB,
        icsOdsCode: 'QHL',
      });
      const adopterB = await createUser(t.db, { organisationId: orgB });
      const figure = async (adoptionId: string, as: string) => {
        const res = await gql<{ addOutcomeMeasurement: { id: string } }>(t.url, {
          query: ADD_FIGURE,
          variables: {
            input: {
              adoptionId,
              metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
              value: 12,
              periodStart: '2025-01-01',
              measuredOn: '2025-03-31',
              sourceTitle: 'Quarterly return',
            },
          },
          as,
        });
        expect(res.errors).toBeUndefined();
        return res.data!.addOutcomeMeasurement.id;
      };
      const ours = await figure(here.id, adopterB.token);
      const res = await addUpdate(member.token, [{ kind: 'MEASUREMENT', targetId: ours }]);
      expect(res.errors).toBeUndefined();
      expect(res.data!.addCommitmentUpdate.updates[0].evidence[0]).toMatchObject({
        kind: 'MEASUREMENT',
        url: `/adoptions/${here.id}#outcomes`,
        title: expect.stringMatching(
          /^12 people, .+, 1 Jan 2025 to 31 Mar 2025, source: Quarterly return$/,
        ),
      });

      const elsewhereOrg = await createOrganisation(t.db, { icsOdsCodes: ['QUA'] });
      const elsewhere = await createAdoption(t.db, {
        caseStudyId: cs.id,
        organisationId: elsewhereOrg.id,
        icsOdsCode: 'QUA',
      });
      const adopterC = await createUser(t.db, { organisationId: elsewhereOrg.id });
      const theirs = await figure(elsewhere.id, adopterC.token);
      const refused = await addUpdate(member.token, [{ kind: 'MEASUREMENT', targetId: theirs }]);
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'evidence[0]',
      });
    });
  });

  describe('FILE evidence', () => {
    it('should attach an uploaded file, downloadable by signed-in members, not anonymously', async () => {
      const fileId = await upload(member.token, 'quarterly-return.pdf');
      const res = await addUpdate(member.token, [{ kind: 'FILE', targetId: fileId }]);
      expect(res.errors).toBeUndefined();
      expect(res.data!.addCommitmentUpdate.updates[0].evidence[0]).toEqual({
        kind: 'FILE',
        targetId: fileId,
        url: `/files/${fileId}`,
        title: 'quarterly-return.pdf',
      });
      const [row] = (await t.db.query(
        `SELECT owner_type, owner_id FROM stored_file WHERE id = $1`,
        [fileId],
      )) as { owner_type: string; owner_id: string }[];
      expect(row.owner_type).toBe('COMMITMENT_UPDATE');

      const byOther = await fetch(`${t.url}/files/${fileId}`, {
        headers: { authorization: `Bearer ${outsider.token}` },
      });
      expect(byOther.status).toBe(200);
      expect(Buffer.from(await byOther.arrayBuffer()).equals(PDF)).toBe(true);
      const anonymous = await fetch(`${t.url}/files/${fileId}`);
      expect([401, 404]).toContain(anonymous.status);
    });

    it("should refuse someone else's upload, a file already attached, and the same file twice", async () => {
      const theirs = await upload(outsider.token, 'not-yours.pdf');
      const res = await addUpdate(member.token, [{ kind: 'FILE', targetId: theirs }]);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'evidence[0]',
      });
      const mine = await upload(member.token, 'once.pdf');
      expect(
        (await addUpdate(member.token, [{ kind: 'FILE', targetId: mine }])).errors,
      ).toBeUndefined();
      expect(errorCode(await addUpdate(member.token, [{ kind: 'FILE', targetId: mine }]))).toBe(
        'BAD_USER_INPUT',
      );
      const twice = await upload(member.token, 'twice.pdf');
      const before = (await t.db.query(
        `SELECT count(*)::int AS n FROM commitment_update WHERE commitment_id = $1`,
        [commitmentId],
      )) as { n: number }[];
      expect(
        errorCode(
          await addUpdate(member.token, [
            { kind: 'FILE', targetId: twice },
            { kind: 'FILE', targetId: twice },
          ]),
        ),
      ).toBe('BAD_USER_INPUT');
      const after = (await t.db.query(
        `SELECT count(*)::int AS n FROM commitment_update WHERE commitment_id = $1`,
        [commitmentId],
      )) as { n: number }[];
      expect(after[0].n).toBe(before[0].n);
    });
  });

  describe('updateCommitment', () => {
    it('should let a member change the title, statement, target date and cadence, audited before and after', async () => {
      const res = await update(member.token, {
        title: 'Local jobs, first year',
        statement: 'Recruit 120 local people into entry-level roles by 2027.',
        targetValue: 120,
        targetDate: '2027-06-30',
        cadence: 'MONTHLY',
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateCommitment).toMatchObject({
        title: 'Local jobs, first year',
        statement: 'Recruit 120 local people into entry-level roles by 2027.',
        cadence: 'MONTHLY',
        viewerCanEdit: true,
        target: { value: 120, targetDate: '2027-06-30' },
      });
      const [entry] = (await t.db.query(
        `SELECT actor_id, details FROM audit_log WHERE action = 'commitment.updated' AND target_id = $1`,
        [commitmentId],
      )) as { actor_id: string; details: { before: Commitment; after: Commitment } }[];
      expect(entry.actor_id).toBe(member.id);
      expect(entry.details.before).toMatchObject({
        title: 'Local entry-level jobs',
        targetDate: '2027-03-31',
        cadence: 'QUARTERLY',
      });
      expect(entry.details.after).toMatchObject({
        title: 'Local jobs, first year',
        targetDate: '2027-06-30',
        cadence: 'MONTHLY',
      });
    });

    it('should change the organisations and lead, for an admin of its ICS', async () => {
      const res = await update(qhlAdmin.token, {
        organisationIds: [orgA, orgB],
        leadOrganisationId: orgB,
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateCommitment.organisations).toEqual([
        { id: orgB, lead: true },
        { id: orgA, lead: false },
      ]);
    });

    it('should refuse anonymous, other organisations and other ICS admins', async () => {
      expect(errorCode(await update(undefined, { title: 'x' }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await update(outsider.token, { title: 'Taken over' }))).toBe('FORBIDDEN');
      expect(errorCode(await update(quaAdmin.token, { title: 'Taken over' }))).toBe('FORBIDDEN');
      const viewed = await gql<{ commitment: Commitment }>(t.url, {
        query: `query ($id: ID!) { commitment(id: $id) { viewerCanEdit } }`,
        variables: { id: commitmentId },
        as: outsider.token,
      });
      expect(viewed.data?.commitment.viewerCanEdit).toBe(false);
    });

    it('should refuse bad input naming the field, unknown commitments and no change', async () => {
      const lead = await update(member.token, {
        organisationIds: [orgA],
        leadOrganisationId: orgB,
      });
      expect(lead.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'leadOrganisationId',
      });
      const date = await update(member.token, { targetDate: '2027-02-30' });
      expect(date.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'targetDate',
      });
      expect(errorCode(await update(member.token, { statement: 'short' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await update(member.token, { title: 'Local jobs, first year' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(
        errorCode(
          await gql(t.url, {
            query: UPDATE,
            variables: {
              input: { commitmentId: '123e4567-e89b-12d3-a456-426614174000', title: 'x' },
            },
            as: member.token,
          }),
        ),
      ).toBe('NOT_FOUND');
    });
  });
});
