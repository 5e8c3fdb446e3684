import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { createCaseStudy } from '../factories/case-study.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';

const ADOPT = `mutation Adopt($input: AdoptCaseStudyInput!) {
  adoptCaseStudy(input: $input) {
    id stage learnedFromAdoptionId
    contacts { side name email }
    stageHistory { stage changedOn }
  }
}`;

const ADOPTIONS = `query Adoptions($caseStudyId: ID!) {
  adoptions(filter: { caseStudyId: $caseStudyId }) { id organisation { id } }
}`;

const SPREAD = `query Spread { spreadMatrix {
  cells { icsOdsCode caseStudyId furthestStage adoptionId adoptionCount isOrigin }
} }`;

interface Adopted {
  id: string;
  stage: string;
  learnedFromAdoptionId: string | null;
  contacts: { side: string; name: string; email: string | null }[];
  stageHistory: { stage: string; changedOn: string }[];
}

interface SpreadCell {
  icsOdsCode: string;
  caseStudyId: string;
  furthestStage: string | null;
  adoptionId: string | null;
  adoptionCount: number;
  isOrigin: boolean;
}

describe('adoptCaseStudy (first stage, contact, duplicates) and the spread cells', () => {
  let t: TestApp;
  let origin: TestUser;
  let adopter: TestUser;
  let secondAdopter: TestUser;
  let unverified: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    origin = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    adopter = await createUser(t.db, { icsOdsCodes: ['QWU'] });
    secondAdopter = await createUser(t.db, { icsOdsCodes: ['QWU'] });
    unverified = await createUser(t.db, { icsOdsCodes: ['QHL'], verified: false });
  });

  afterAll(async () => {
    await t.close();
  });

  const adopt = (as: TestUser, input: Record<string, unknown>) =>
    gql<{ adoptCaseStudy: Adopted }>(t.url, { query: ADOPT, as: as.token, variables: { input } });

  it('should start the adoption at the chosen stage with the adopter contact, and refuse a second declaration with CONFLICT', async () => {
    const cs = await createCaseStudy(t.db, { organisationId: origin.organisationId });
    const first = await adopt(adopter, {
      caseStudyId: cs.id,
      organisationId: adopter.organisationId,
      stage: 'PLANNING',
      contact: { name: 'Ada Adopter', email: 'ada@example.org' },
    });
    expect(first.errors).toBeUndefined();
    const adoption = first.data!.adoptCaseStudy;
    expect(adoption.stage).toBe('PLANNING');
    expect(adoption.stageHistory.map((s) => s.stage)).toEqual(['PLANNING']);
    expect(adoption.contacts).toEqual([
      { side: 'ADOPTER', name: 'Ada Adopter', email: 'ada@example.org' },
    ]);

    const again = await adopt(adopter, {
      caseStudyId: cs.id,
      organisationId: adopter.organisationId,
      stage: 'EXPLORING',
    });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.extensions?.field).toBe('organisationId');
    const list = await gql<{ adoptions: { id: string }[] }>(t.url, {
      query: ADOPTIONS,
      variables: { caseStudyId: cs.id },
    });
    expect(list.data!.adoptions.map((a) => a.id)).toEqual([adoption.id]);
  });

  it('should default to EXPLORING and refuse STOPPED as a first stage (BAD_USER_INPUT on stage)', async () => {
    const cs = await createCaseStudy(t.db, { organisationId: origin.organisationId });
    const stopped = await adopt(adopter, {
      caseStudyId: cs.id,
      organisationId: adopter.organisationId,
      stage: 'STOPPED',
    });
    expect(errorCode(stopped)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(stopped.errors)).toContain('stage');

    const plain = await adopt(adopter, {
      caseStudyId: cs.id,
      organisationId: adopter.organisationId,
    });
    expect(plain.errors).toBeUndefined();
    expect(plain.data!.adoptCaseStudy.stage).toBe('EXPLORING');
    expect(plain.data!.adoptCaseStudy.contacts).toEqual([]);
  });

  it('should refuse an unverified member (FORBIDDEN) and a contact with a bad email (BAD_USER_INPUT)', async () => {
    const cs = await createCaseStudy(t.db, { organisationId: origin.organisationId });
    const forbidden = await adopt(unverified, {
      caseStudyId: cs.id,
      organisationId: unverified.organisationId,
    });
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    const badEmail = await adopt(adopter, {
      caseStudyId: cs.id,
      organisationId: adopter.organisationId,
      contact: { name: 'Ada Adopter', email: 'not an email' },
    });
    expect(errorCode(badEmail)).toBe('BAD_USER_INPUT');
  });

  it('should give each spread cell the adoption at the furthest stage and the number of adopters in the ICS', async () => {
    const cs = await createCaseStudy(t.db, { organisationId: origin.organisationId });
    const exploring = await adopt(adopter, {
      caseStudyId: cs.id,
      organisationId: adopter.organisationId,
    });
    const piloting = await adopt(secondAdopter, {
      caseStudyId: cs.id,
      organisationId: secondAdopter.organisationId,
      stage: 'PILOTING',
      learnedFromAdoptionId: exploring.data!.adoptCaseStudy.id,
    });
    expect(piloting.errors).toBeUndefined();
    expect(piloting.data!.adoptCaseStudy.learnedFromAdoptionId).toBe(
      exploring.data!.adoptCaseStudy.id,
    );
    const spread = await gql<{ spreadMatrix: { cells: SpreadCell[] } }>(t.url, { query: SPREAD });
    const cells = spread.data!.spreadMatrix.cells.filter((c) => c.caseStudyId === cs.id);
    const qwu = cells.find((c) => c.icsOdsCode === 'QWU')!;
    expect(qwu).toMatchObject({
      furthestStage: 'PILOTING',
      adoptionId: piloting.data!.adoptCaseStudy.id,
      adoptionCount: 2,
      isOrigin: false,
    });
    expect(cells.find((c) => c.icsOdsCode === 'QUA')).toMatchObject({
      isOrigin: true,
      adoptionId: null,
      adoptionCount: 0,
    });
  });
});
