import { DASHBOARD_SOURCE_TABLES } from '../../../src/modules/dashboards/dashboard-cache';
import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { gql } from '../setup/gql';
import { createCaseStudy } from '../factories/case-study.factory';
import { createOrganisation } from '../factories/organisation.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';

const ICS_DASHBOARD = `query D($odsCode: String!, $period: PeriodInput) {
  icsDashboard(odsCode: $odsCode, period: $period) { headlines { key value basis } sections { key summary } } }`;
const REGION = `query R($period: PeriodInput) {
  regionDashboard(period: $period) { measures { key regionValue } } }`;
const ADD = `mutation Add($input: AddOutcomeMeasurementInput!) { addOutcomeMeasurement(input: $input) { id } }`;
const Q2 = { financialYear: 2024, quarter: 2 };

interface IcsData {
  icsDashboard: { headlines: { key: string; value: number | null; basis: number }[] };
}

describe('dashboard cache: served while the data has not changed, recomputed when it has', () => {
  let t: TestApp;
  let lead: TestUser;
  let caseStudyId: string;

  beforeAll(async () => {
    t = await createTestApp({ DASHBOARD_CACHE: 'true' });
    await resetDatabase(t.db);
    const org = await createOrganisation(t.db, { icsOdsCodes: ['QUA'] });
    lead = await createUser(t.db, { organisationId: org.id });
    caseStudyId = (
      await createCaseStudy(t.db, {
        organisationId: org.id,
        icsOdsCode: 'QUA',
        outcomes: [{ metricKey: 'LOCAL_RESIDENTS_INTO_JOBS', value: 10, measuredOn: '2024-08-31' }],
      })
    ).id;
  });

  afterAll(async () => {
    await t.close();
  });

  const jobs = async (): Promise<{ value: number | null; count: number }> => {
    const { result, count } = await countQueries(() =>
      gql<IcsData>(t.url, { query: ICS_DASHBOARD, variables: { odsCode: 'QUA', period: Q2 } }),
    );
    expect(result.errors).toBeUndefined();
    const h = result.data!.icsDashboard.headlines.find(
      (x) => x.key === 'outcomes.LOCAL_RESIDENTS_INTO_JOBS',
    );
    return { value: h?.value ?? null, count };
  };

  it('should answer a repeat from the cache with one statement for the data version (and the ICS)', async () => {
    const first = await jobs();
    const again = await jobs();
    expect(again.value).toBe(first.value);
    expect(again.count).toBeLessThan(first.count);
    expect(again.count).toBeLessThanOrEqual(3);
    // The region view shares the computed measures.
    const region = await countQueries(() =>
      gql(t.url, { query: REGION, variables: { period: Q2 } }),
    );
    expect(region.count).toBeLessThanOrEqual(3);
  });

  it('should move the total as soon as a figure is added through the API or written directly', async () => {
    const before = (await jobs()).value ?? 0;
    const added = await gql(t.url, {
      query: ADD,
      as: lead.token,
      variables: {
        input: {
          caseStudyId,
          metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
          value: 5,
          measuredOn: '2024-09-30',
          periodStart: '2024-09-01',
          sourceTitle: 'September report',
        },
      },
    });
    expect(added.errors).toBeUndefined();
    // The latest in-period figure of the practice in Q2 is now the September one.
    expect((await jobs()).value).toBe(before - 10 + 5);
    await t.db.query(
      `UPDATE outcome_measurement SET value = 6 WHERE case_study_id = $1 AND source_title = 'September report'`,
      [caseStudyId],
    );
    expect((await jobs()).value).toBe(before - 10 + 6);
  });

  it('should not be fooled by a rolled-back write', async () => {
    const before = await jobs();
    await t.db
      .transaction(async (m) => {
        await m.query(`UPDATE outcome_measurement SET value = 1000 WHERE case_study_id = $1`, [
          caseStudyId,
        ]);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect((await jobs()).value).toBe(before.value);
  });

  it('should have the version trigger on every table dashboards are computed from', async () => {
    const rows: { table: string }[] = await t.db.query(
      `SELECT c.relname AS table FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
        WHERE g.tgname = 'dashboard_version_bump'`,
    );
    const triggered = new Set(rows.map((r) => r.table));
    expect(DASHBOARD_SOURCE_TABLES.filter((table) => !triggered.has(table))).toEqual([]);
  });
});
