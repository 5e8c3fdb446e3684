import { DashboardsService } from '../../../src/modules/dashboards/dashboards.service';
import type { DashboardFilters } from '../../../src/modules/dashboards/dashboards.service';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { createAdoption, createCaseStudy } from '../factories/case-study.factory';
import { createOrganisation } from '../factories/organisation.factory';

/**
 * The pages total outcome figures in SQL; board packs (which list every
 * figure's source) aggregate the figures themselves with the unit-tested rules.
 * Both must give the same numbers for every period and theme.
 */
describe('dashboard totals: summed in SQL, the same as the figures aggregated one by one', () => {
  let t: TestApp;
  let dashboards: DashboardsService;
  let academyId: string;

  beforeAll(async () => {
    t = await createTestApp({ DASHBOARD_CACHE: 'false' });
    await resetDatabase(t.db);
    dashboards = t.app.get(DashboardsService);
    const walsall = await createOrganisation(t.db, { icsOdsCodes: ['QUA'] });
    const birmingham = await createOrganisation(t.db, { icsOdsCodes: ['QHL'] });
    const academy = await createCaseStudy(t.db, {
      organisationId: walsall.id,
      icsOdsCode: 'QUA',
      themes: ['EMPLOYMENT'],
      outcomes: [
        { metricKey: 'LOCAL_RESIDENTS_INTO_JOBS', value: 10, measuredOn: '2024-06-30' },
        { metricKey: 'LOCAL_RESIDENTS_INTO_JOBS', value: 12, measuredOn: '2024-09-30' },
        { metricKey: 'LOCAL_RESIDENTS_INTO_JOBS', value: 4, measuredOn: '2024-12-31' },
        {
          metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
          value: 150,
          measuredOn: '2024-09-30',
          cumulative: true,
          qualifier: 'more than',
        },
        { metricKey: 'LOCAL_SPEND_PERCENT', value: 20, measuredOn: '2024-09-30' },
      ],
    });
    academyId = academy.id;
    await createCaseStudy(t.db, {
      organisationId: walsall.id,
      icsOdsCode: 'QUA',
      themes: ['PROCUREMENT_SOCIAL_VALUE'],
      outcomes: [
        { metricKey: 'LOCAL_SPEND_PERCENT', value: 35, measuredOn: '2024-08-31' },
        { metricKey: 'SOCIAL_VALUE_GBP', value: 1250.5, measuredOn: '2024-08-31' },
        {
          metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
          value: 3,
          measuredOn: '2024-08-31',
          qualifier: 'about',
        },
      ],
    });
    // Regional practice (no ICS) counts for the region only; a draft never counts.
    await createCaseStudy(t.db, {
      organisationId: walsall.id,
      icsOdsCode: null,
      outcomes: [{ metricKey: 'LOCAL_RESIDENTS_INTO_JOBS', value: 5, measuredOn: '2024-07-31' }],
    });
    await createCaseStudy(t.db, {
      organisationId: walsall.id,
      status: 'DRAFT',
      outcomes: [{ metricKey: 'LOCAL_RESIDENTS_INTO_JOBS', value: 999, measuredOn: '2024-09-30' }],
    });
    const adoption = await createAdoption(t.db, {
      caseStudyId: academy.id,
      organisationId: birmingham.id,
      icsOdsCode: 'QHL',
      stage: 'PILOTING',
    });
    await t.db.query(
      `INSERT INTO outcome_measurement (adoption_id, metric_key, value, qualifier, measured_on, source_title)
       VALUES ($1, 'LOCAL_RESIDENTS_INTO_JOBS', 7, 'more than', '2024-08-31', 'Adopter report'),
              ($1, 'LOCAL_RESIDENTS_INTO_JOBS', 40, NULL, '2025-03-31', 'Adopter running total')`,
      [adoption.id],
    );
    await t.db.query(
      `UPDATE outcome_measurement SET cumulative = true WHERE source_title = 'Adopter running total'`,
    );
    await t.db.query(
      `INSERT INTO outcome_measurement (case_study_id, metric_key, value, measured_on, source_title, superseded_at)
       VALUES ($1, 'LOCAL_RESIDENTS_INTO_JOBS', 500, '2024-09-30', 'Typo', now())`,
      [academy.id],
    );
  });

  afterAll(async () => {
    await t.close();
  });

  const periods = [
    null,
    { financialYear: 2024, quarter: null },
    { financialYear: 2024, quarter: 2 },
    { financialYear: 2024, quarter: 3 },
    { financialYear: 2023, quarter: null },
  ];
  const scopes: DashboardFilters[] = periods.flatMap((period) =>
    [null, 'EMPLOYMENT', 'PROCUREMENT_SOCIAL_VALUE'].map((themeKey) => ({ period, themeKey })),
  );
  const values = (rows: { key: string; value: number | null; atLeast: boolean; basis: number }[]) =>
    rows.map((r) => ({ key: r.key, value: r.value, atLeast: r.atLeast, basis: r.basis }));

  it('should give every ICS the same outcome totals as aggregating the figures', async () => {
    for (const filters of scopes) {
      for (const ods of ['QUA', 'QHL', 'QWU']) {
        const summed = await dashboards.ics(ods, filters);
        const listed = await dashboards.ics(ods, filters, { sources: true });
        expect({ ods, filters, headlines: values(summed.headlines) }).toEqual({
          ods,
          filters,
          headlines: values(listed.headlines),
        });
        expect(values(summed.measures)).toEqual(values(listed.measures));
        expect(summed.sources).toEqual([]);
      }
    }
    // The hand-computed Q2 figure: Walsall's latest in-period jobs figures, 12 (academy) + 3 ("about").
    const q2 = await dashboards.ics('QUA', { period: periods[2]!, themeKey: null });
    const jobs = q2.headlines.find((h) => h.key === 'outcomes.LOCAL_RESIDENTS_INTO_JOBS');
    expect(jobs).toMatchObject({ value: 15, atLeast: false, basis: 2 });
    const spend = q2.headlines.find((h) => h.key === 'outcomes.LOCAL_SPEND_PERCENT');
    expect(spend).toMatchObject({ value: 27.5, basis: 2 }); // a rate: averaged, not added
  });

  it('should give the region the same totals as aggregating the figures', async () => {
    for (const filters of scopes) {
      const summed = await dashboards.region(filters, null);
      const listed = await dashboards.region(filters, null, { sources: true });
      const flat = (d: typeof summed) =>
        d.measures.map((m) => ({
          key: m.key,
          region: m.region,
          icss: m.icss.map((i) => ({ ods: i.ics.odsCode, ...i.value })),
        }));
      expect({ filters, measures: flat(summed) }).toEqual({ filters, measures: flat(listed) });
    }
  });

  it("should chart each quarter's total as the quarter's headline", async () => {
    for (const quarter of [1, 2, 3, 4]) {
      const filters = { period: { financialYear: 2024, quarter }, themeKey: null };
      const listed = await dashboards.ics('QUA', filters, { sources: true });
      const trend = (await dashboards.ics('QUA', filters)).sections.find(
        (s) => s.key === 'outcomes',
      )!;
      for (const h of listed.headlines.filter((x) => !x.key.endsWith('.cumulative'))) {
        const chart = trend.content.charts.find((c) => c.series[0]?.label === h.label);
        expect({ quarter, key: h.key, value: chart?.series[0]?.values[0] ?? null }).toEqual({
          quarter,
          key: h.key,
          value: h.value,
        });
      }
    }
  });

  it('should count a new figure at once, in the totals, the trend and the region', async () => {
    const filters = { period: { financialYear: 2024, quarter: 3 }, themeKey: null };
    const before = await dashboards.ics('QUA', filters);
    await t.db.query(
      `INSERT INTO outcome_measurement (case_study_id, metric_key, value, measured_on, source_title)
       VALUES ($1, 'LOCAL_RESIDENTS_INTO_JOBS', 9, '2024-11-30', 'November report')`,
      [academyId],
    );
    const after = await dashboards.ics('QUA', filters);
    const jobs = (d: typeof after) =>
      d.headlines.find((h) => h.key === 'outcomes.LOCAL_RESIDENTS_INTO_JOBS')!.value;
    // The latest in Q3 is still December's 4: a November figure is older.
    expect(jobs(after)).toBe(jobs(before));
    await t.db.query(
      `INSERT INTO outcome_measurement (case_study_id, metric_key, value, measured_on, source_title)
       VALUES ($1, 'LOCAL_RESIDENTS_INTO_JOBS', 6, '2024-12-31', 'December correction')`,
      [academyId],
    );
    const corrected = await dashboards.ics('QUA', filters);
    expect(jobs(corrected)).toBe(6);
    const trend = corrected.sections.find((s) => s.key === 'outcomes')!.content.charts[0]!;
    expect(trend.series[0]!.values).toEqual([6]);
    const region = await dashboards.region(filters, 'LOCAL_RESIDENTS_INTO_JOBS');
    expect(region.selected?.icss.find((i) => i.ics.odsCode === 'QUA')?.value.value).toBe(6);
  });
});
