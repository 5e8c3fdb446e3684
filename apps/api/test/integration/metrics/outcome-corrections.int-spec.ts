import { randomUUID } from 'node:crypto';

import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { createCaseStudy } from '../factories/case-study.factory';
import { createOrganisation } from '../factories/organisation.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';

const ADD = `mutation Add($input: AddOutcomeMeasurementInput!) { addOutcomeMeasurement(input: $input) { id value } }`;
const CORRECT = `mutation Correct($input: CorrectOutcomeMeasurementInput!) {
  correctOutcomeMeasurement(input: $input) { id value qualifier cumulative periodStart measuredOn correctionReason enteredBy
    previousVersions { id value supersededAt enteredBy } }
}`;
const REMOVE = `mutation Remove($input: RemoveOutcomeMeasurementInput!) {
  removeOutcomeMeasurement(input: $input) { id removedAt removalReason }
}`;
const HISTORY = `query History($slug: String!) { caseStudy(slug: $slug) {
  outcomes { metric { key } measurements { id value enteredBy previousVersions { value } } }
  removedOutcomes { id value removalReason removedAt enteredBy }
} }`;

interface History {
  outcomes: {
    metric: { key: string };
    measurements: {
      id: string;
      value: number;
      enteredBy: string | null;
      previousVersions: { value: number }[];
    }[];
  }[];
  removedOutcomes: {
    id: string;
    value: number;
    removalReason: string;
    removedAt: string;
    enteredBy: string | null;
  }[];
}

describe('outcome figures: add, correct and remove by the people who did the work', () => {
  let t: TestApp;
  let lead: TestUser;
  let outsider: TestUser;
  let slug: string;
  let caseStudyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    const org = await createOrganisation(t.db, { icsOdsCodes: ['QUA'] });
    lead = await createUser(t.db, { organisationId: org.id, name: 'Lena Lead' });
    outsider = await createUser(t.db, { icsOdsCodes: ['QHL'] });
    const cs = await createCaseStudy(t.db, { organisationId: org.id, icsOdsCode: 'QUA' });
    slug = cs.slug;
    caseStudyId = cs.id;
  });

  afterAll(async () => {
    await t.close();
  });

  async function add(value: number): Promise<string> {
    const res = await gql<{ addOutcomeMeasurement: { id: string } }>(t.url, {
      query: ADD,
      as: lead.token,
      variables: {
        input: {
          caseStudyId,
          metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
          value,
          qualifier: 'more than',
          periodStart: '2024-04-01',
          measuredOn: '2025-03-31',
          sourceTitle: 'Annual report 2024/25',
        },
      },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.addOutcomeMeasurement.id;
  }

  const correction = (id: string, value: number) => ({
    id,
    value,
    qualifier: 'about',
    periodStart: '2024-04-01',
    measuredOn: '2025-03-31',
    cumulative: false,
    sourceTitle: 'Annual report 2024/25 (revised)',
    reason: 'The board report was revised',
  });

  async function history(as?: string): Promise<History> {
    const res = await gql<{ caseStudy: History }>(t.url, {
      query: HISTORY,
      variables: { slug },
      as,
    });
    expect(res.errors).toBeUndefined();
    return res.data!.caseStudy;
  }

  it('should let an editor correct a figure, keeping the earlier value and who entered it visible', async () => {
    const id = await add(120);
    const res = await gql<{ correctOutcomeMeasurement: Record<string, unknown> }>(t.url, {
      query: CORRECT,
      as: lead.token,
      variables: { input: correction(id, 150) },
    });
    expect(res.errors).toBeUndefined();
    const corrected = res.data!.correctOutcomeMeasurement;
    expect(corrected).toMatchObject({
      value: 150,
      qualifier: 'about',
      correctionReason: 'The board report was revised',
      enteredBy: 'Lena Lead',
      previousVersions: [{ id, value: 120, enteredBy: 'Lena Lead' }],
    });
    expect((corrected.previousVersions as { supersededAt: string }[])[0].supersededAt).toEqual(
      expect.any(String),
    );

    // A second correction keeps the whole chain, newest first; anonymous readers see it too.
    const again = await gql<{ correctOutcomeMeasurement: { id: string } }>(t.url, {
      query: CORRECT,
      as: lead.token,
      variables: { input: correction(corrected.id as string, 155) },
    });
    expect(again.errors).toBeUndefined();
    const h = await history();
    const jobs = h.outcomes.find((s) => s.metric.key === 'LOCAL_RESIDENTS_INTO_JOBS')!;
    expect(jobs.measurements.map((m) => m.value)).toEqual([155]);
    expect(jobs.measurements[0].previousVersions.map((p) => p.value)).toEqual([150, 120]);
    expect(jobs.measurements[0].enteredBy).toBe('Lena Lead');
  });

  it('should give CONFLICT to the second of two parallel corrections, and keep one current figure', async () => {
    const id = await add(40);
    const results = await Promise.all(
      [41, 42, 43].map((value) =>
        gql(t.url, { query: CORRECT, as: lead.token, variables: { input: correction(id, value) } }),
      ),
    );
    const codes = results.map((r) => errorCode(r) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    const conflict = results.find((r) => errorCode(r) === 'CONFLICT')!;
    expect(conflict.errors![0].message).toBe(
      'This figure has already been corrected or removed; reload to see the current one.',
    );
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM outcome_measurement
        WHERE case_study_id = $1 AND value IN (40, 41, 42, 43)`,
      [caseStudyId],
    );
    // The original and exactly one correction: the losers' inserts were rolled back.
    expect(rows[0].n).toBe(2);
    const current: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM outcome_measurement
        WHERE case_study_id = $1 AND value IN (40, 41, 42, 43) AND superseded_at IS NULL AND removed_at IS NULL`,
      [caseStudyId],
    );
    expect(current[0].n).toBe(1);
    // Correcting the superseded original again (a second click) is a CONFLICT too.
    const late = await gql(t.url, {
      query: CORRECT,
      as: lead.token,
      variables: { input: correction(id, 44) },
    });
    expect(errorCode(late)).toBe('CONFLICT');
  });

  it('should remove a figure with a reason, keep it visible as removed, and refuse a second removal', async () => {
    const id = await add(7);
    const res = await gql<{
      removeOutcomeMeasurement: { removalReason: string; removedAt: string };
    }>(t.url, {
      query: REMOVE,
      as: lead.token,
      variables: { input: { id, reason: 'Counted twice' } },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.removeOutcomeMeasurement.removalReason).toBe('Counted twice');
    const h = await history();
    expect(h.removedOutcomes).toEqual([
      expect.objectContaining({
        id,
        value: 7,
        removalReason: 'Counted twice',
        enteredBy: 'Lena Lead',
      }),
    ]);
    expect(h.outcomes.flatMap((s) => s.measurements.map((m) => m.id))).not.toContain(id);

    const twice = await gql(t.url, {
      query: REMOVE,
      as: lead.token,
      variables: { input: { id, reason: 'again' } },
    });
    expect(errorCode(twice)).toBe('CONFLICT');
    const correctRemoved = await gql(t.url, {
      query: CORRECT,
      as: lead.token,
      variables: { input: correction(id, 8) },
    });
    expect(errorCode(correctRemoved)).toBe('CONFLICT');
  });

  it('should refuse another organisation, anonymous people, bad input and unknown or malformed ids', async () => {
    const id = await add(99);
    const other = await gql(t.url, {
      query: CORRECT,
      as: outsider.token,
      variables: { input: correction(id, 1) },
    });
    expect(errorCode(other)).toBe('FORBIDDEN');
    const otherRemove = await gql(t.url, {
      query: REMOVE,
      as: outsider.token,
      variables: { input: { id, reason: 'not mine' } },
    });
    expect(errorCode(otherRemove)).toBe('FORBIDDEN');
    const anonymous = await gql(t.url, { query: CORRECT, variables: { input: correction(id, 1) } });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    const anonymousRemove = await gql(t.url, {
      query: REMOVE,
      variables: { input: { id, reason: 'x' } },
    });
    expect(errorCode(anonymousRemove)).toBe('UNAUTHENTICATED');

    const unknown = await gql(t.url, {
      query: CORRECT,
      as: lead.token,
      variables: { input: correction(randomUUID(), 1) },
    });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const malformed = await gql(t.url, {
      query: REMOVE,
      as: lead.token,
      variables: { input: { id: 'not-an-id', reason: 'x' } },
    });
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');

    const blankReason = await gql(t.url, {
      query: REMOVE,
      as: lead.token,
      variables: { input: { id, reason: '   ' } },
    });
    expect(errorCode(blankReason)).toBe('BAD_USER_INPUT');
    const longReason = await gql(t.url, {
      query: REMOVE,
      as: lead.token,
      variables: { input: { id, reason: 'x'.repeat(501) } },
    });
    expect(errorCode(longReason)).toBe('BAD_USER_INPUT');
    const badPeriod = await gql(t.url, {
      query: CORRECT,
      as: lead.token,
      variables: { input: { ...correction(id, 1), periodStart: '2025-04-01' } },
    });
    expect(errorCode(badPeriod)).toBe('BAD_USER_INPUT');
    const noSource = await gql(t.url, {
      query: CORRECT,
      as: lead.token,
      variables: { input: { ...correction(id, 1), sourceTitle: ' ' } },
    });
    expect(errorCode(noSource)).toBe('BAD_USER_INPUT');
    // None of the refused attempts changed the figure.
    const rows: { superseded_at: Date | null; removed_at: Date | null }[] = await t.db.query(
      'SELECT superseded_at, removed_at FROM outcome_measurement WHERE id = $1',
      [id],
    );
    expect(rows).toEqual([{ superseded_at: null, removed_at: null }]);
  });
});
