import { Role } from '@mic/shared-util';

import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import { APPROVE, ARCHIVE, CREATE, SUBMIT } from './case-studies.operations';

const CAN_REVIEW = `query CanReview($slug: String!) { caseStudy(slug: $slug) { id status canReview canEdit } }`;
const QUEUE = `query Queue { caseStudies(filter: { status: SUBMITTED }, first: 50) { edges { node { slug canReview } } } }`;

/**
 * `CaseStudy.canReview` tells the review pages up front what approveCaseStudy
 * and returnCaseStudy will decide: a reviewer role, a different ICS, and a
 * case study that is waiting for review.
 */
describe('case study canReview', () => {
  let t: TestApp;
  let lead: TestUser;
  let reviewer: TestUser;
  let sameIcsReviewer: TestUser;
  let icsAdminOfAuthors: TestUser;
  let member: TestUser;
  let slug: string;
  let id: string;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    lead = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    reviewer = await createUser(t.db, { icsOdsCodes: ['QHL'], roles: [{ role: Role.MODERATOR }] });
    sameIcsReviewer = await createUser(t.db, {
      icsOdsCodes: ['QUA'],
      roles: [{ role: Role.MODERATOR }],
    });
    icsAdminOfAuthors = await createUser(t.db, {
      icsOdsCodes: ['QT1'],
      roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QUA' }],
    });
    member = await createUser(t.db, { icsOdsCodes: ['QHL'] });
    const created = await gql<{ createCaseStudy: { id: string; slug: string } }>(t.url, {
      query: CREATE,
      as: lead.token,
      variables: {
        input: {
          title: 'Reviewable academy',
          summary: 'A case study waiting for peer review.',
          icsOdsCode: 'QUA',
        },
      },
    });
    expect(created.errors).toBeUndefined();
    ({ id, slug } = created.data!.createCaseStudy);
  });

  afterAll(async () => {
    await t.close();
  });

  async function canReview(token?: string): Promise<boolean | undefined> {
    const res = await gql<{ caseStudy: { canReview: boolean } }>(t.url, {
      query: CAN_REVIEW,
      as: token,
      variables: { slug },
    });
    return res.data?.caseStudy.canReview;
  }

  it('should be false for everyone while it is a draft', async () => {
    expect(await canReview(lead.token)).toBe(false);
  });

  it('should say who may review it once submitted, as approveCaseStudy decides', async () => {
    const submitted = await gql(t.url, {
      query: SUBMIT,
      as: lead.token,
      variables: { input: { id } },
    });
    expect(submitted.errors).toBeUndefined();

    expect(await canReview(reviewer.token)).toBe(true);
    expect(await canReview(sameIcsReviewer.token)).toBe(false);
    expect(await canReview(icsAdminOfAuthors.token)).toBe(false);
    // The author sees it (an editor) but may not review it.
    expect(await canReview(lead.token)).toBe(false);
    // A member without a reviewer role cannot even see a submitted case study.
    const asMember = await gql(t.url, { query: CAN_REVIEW, as: member.token, variables: { slug } });
    expect(errorCode(asMember)).toBe('NOT_FOUND');

    // The queue answers the same per entry.
    const queue = await gql<{
      caseStudies: { edges: { node: { slug: string; canReview: boolean } }[] };
    }>(t.url, { query: QUEUE, as: sameIcsReviewer.token });
    expect(queue.data?.caseStudies.edges.find((e) => e.node.slug === slug)?.node.canReview).toBe(
      false,
    );

    const refused = await gql(t.url, {
      query: APPROVE,
      as: sameIcsReviewer.token,
      variables: { input: { id } },
    });
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('should be false once published, and a second approval is a CONFLICT', async () => {
    const approved = await gql(t.url, {
      query: APPROVE,
      as: reviewer.token,
      variables: { input: { id } },
    });
    expect(approved.errors).toBeUndefined();
    expect(await canReview(reviewer.token)).toBe(false);
    const again = await gql(t.url, {
      query: APPROVE,
      as: reviewer.token,
      variables: { input: { id } },
    });
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('should let an editor archive it once, then answer CONFLICT', async () => {
    const archived = await gql<{ archiveCaseStudy: { status: string } }>(t.url, {
      query: ARCHIVE,
      as: lead.token,
      variables: { input: { id } },
    });
    expect(archived.data?.archiveCaseStudy.status).toBe('ARCHIVED');
    const again = await gql(t.url, {
      query: ARCHIVE,
      as: lead.token,
      variables: { input: { id } },
    });
    expect(errorCode(again)).toBe('CONFLICT');
    const notEditor = await gql(t.url, {
      query: ARCHIVE,
      as: reviewer.token,
      variables: { input: { id } },
    });
    expect(errorCode(notEditor)).toBe('FORBIDDEN');
  });
});
