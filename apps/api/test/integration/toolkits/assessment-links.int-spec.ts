import { createAdoption, createCaseStudy } from '../factories/case-study.factory';
import { createToolkit } from '../factories/toolkit.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';

const FORM = {
  sections: [
    {
      key: 'ready',
      title: 'Readiness',
      questions: [
        {
          key: 'lead',
          label: 'Is there a named senior lead?',
          type: 'CHOICE',
          options: ['Yes', 'No'],
        },
        { key: 'funding', label: 'How secure is the funding?', type: 'SCALE' },
      ],
    },
  ],
};

const ATTACHED = `id toolkitTitle versionNumber submittedAt answers { question answer }`;
const TO_CASE_STUDY = `mutation ($input: AttachAssessmentToCaseStudyInput!) {
  attachAssessmentToCaseStudy(input: $input) { id assessments { ${ATTACHED} } }
}`;
const TO_ADOPTION = `mutation ($input: AttachAssessmentToAdoptionInput!) {
  attachAssessmentToAdoption(input: $input) { id assessments { ${ATTACHED} } }
}`;
const CASE_STUDY = `query ($slug: String!) { caseStudy(slug: $slug) { assessments { ${ATTACHED} } } }`;
const ADOPTION = `query ($id: ID!) { adoption(id: $id) { assessments { ${ATTACHED} } } }`;

interface Attached {
  toolkitTitle: string;
  versionNumber: number;
  answers: { question: string; answer: string }[];
}

describe('attaching assessments to case studies and adoptions', () => {
  let t: TestApp;
  let lead: TestUser;
  let adopter: TestUser;
  let outsider: TestUser;
  let versionId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    lead = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    adopter = await createUser(t.db, { icsOdsCodes: ['QWU'] });
    outsider = await createUser(t.db, { icsOdsCodes: ['QT1'] });
    const toolkit = await createToolkit(t.db, { ownerOrganisationId: lead.organisationId });
    versionId = toolkit.versionId;
    await t.db.query(`UPDATE toolkit_version SET form = $2::jsonb WHERE id = $1`, [
      versionId,
      JSON.stringify(FORM),
    ]);
  });

  afterAll(async () => {
    await t.close();
  });

  const assessment = async (user: TestUser, status: 'DRAFT' | 'SUBMITTED'): Promise<string> => {
    const rows: { id: string }[] = await t.db.query(
      `INSERT INTO assessment (toolkit_version_id, user_id, answers, status, submitted_at)
       VALUES ($1, $2, $3::jsonb, $4::varchar, CASE WHEN $4::varchar = 'SUBMITTED' THEN now() END) RETURNING id`,
      [versionId, user.id, JSON.stringify({ funding: 4, lead: 'Yes' }), status],
    );
    return rows[0].id;
  };

  it('should attach a submitted assessment to a case study and an adoption, shown with labelled answers in form order', async () => {
    const cs = await createCaseStudy(t.db, { organisationId: lead.organisationId });
    const mine = await assessment(lead, 'SUBMITTED');
    const res = await gql<{ attachAssessmentToCaseStudy: { assessments: Attached[] } }>(t.url, {
      query: TO_CASE_STUDY,
      as: lead.token,
      variables: { input: { assessmentId: mine, caseStudyId: cs.id } },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.attachAssessmentToCaseStudy.assessments).toEqual([
      expect.objectContaining({
        versionNumber: 1,
        answers: [
          { question: 'Is there a named senior lead?', answer: 'Yes' },
          { question: 'How secure is the funding?', answer: '4' },
        ],
      }),
    ]);
    // Attaching twice is a no-op; anyone who can see the case study sees it.
    await gql(t.url, {
      query: TO_CASE_STUDY,
      as: lead.token,
      variables: { input: { assessmentId: mine, caseStudyId: cs.id } },
    });
    const seen = await gql<{ caseStudy: { assessments: Attached[] } }>(t.url, {
      query: CASE_STUDY,
      variables: { slug: cs.slug },
    });
    expect(seen.data!.caseStudy.assessments).toHaveLength(1);

    const adoption = await createAdoption(t.db, {
      caseStudyId: cs.id,
      organisationId: adopter.organisationId,
      icsOdsCode: 'QWU',
    });
    const theirs = await assessment(adopter, 'SUBMITTED');
    const adopted = await gql<{ attachAssessmentToAdoption: { assessments: Attached[] } }>(t.url, {
      query: TO_ADOPTION,
      as: adopter.token,
      variables: { input: { assessmentId: theirs, adoptionId: adoption.id } },
    });
    expect(adopted.errors).toBeUndefined();
    const shown = await gql<{ adoption: { assessments: Attached[] } }>(t.url, {
      query: ADOPTION,
      as: outsider.token,
      variables: { id: adoption.id },
    });
    expect(shown.data!.adoption.assessments.map((a) => a.toolkitTitle)).toEqual([
      expect.stringMatching(/^Toolkit /),
    ]);
  });

  it('should refuse drafts (BAD_USER_INPUT), other people’s assessments (NOT_FOUND) and targets you cannot edit (FORBIDDEN)', async () => {
    const cs = await createCaseStudy(t.db, { organisationId: lead.organisationId });
    const draft = await assessment(lead, 'DRAFT');
    const notSubmitted = await gql(t.url, {
      query: TO_CASE_STUDY,
      as: lead.token,
      variables: { input: { assessmentId: draft, caseStudyId: cs.id } },
    });
    expect(errorCode(notSubmitted)).toBe('BAD_USER_INPUT');
    expect(notSubmitted.errors?.[0]?.extensions?.['field']).toBe('assessmentId');

    const leads = await assessment(lead, 'SUBMITTED');
    const notYours = await gql(t.url, {
      query: TO_CASE_STUDY,
      as: outsider.token,
      variables: { input: { assessmentId: leads, caseStudyId: cs.id } },
    });
    expect(errorCode(notYours)).toBe('NOT_FOUND');

    const outsiders = await assessment(outsider, 'SUBMITTED');
    const forbidden = await gql(t.url, {
      query: TO_CASE_STUDY,
      as: outsider.token,
      variables: { input: { assessmentId: outsiders, caseStudyId: cs.id } },
    });
    expect(errorCode(forbidden)).toBe('FORBIDDEN');

    const adoption = await createAdoption(t.db, {
      caseStudyId: cs.id,
      organisationId: adopter.organisationId,
      icsOdsCode: 'QWU',
    });
    const notAdopter = await gql(t.url, {
      query: TO_ADOPTION,
      as: outsider.token,
      variables: { input: { assessmentId: outsiders, adoptionId: adoption.id } },
    });
    expect(errorCode(notAdopter)).toBe('FORBIDDEN');
  });
});
