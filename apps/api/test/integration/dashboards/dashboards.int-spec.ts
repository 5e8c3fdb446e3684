import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { createAdoption, createCaseStudy } from '../factories/case-study.factory';
import { createOrganisation } from '../factories/organisation.factory';

const ICS_DASHBOARD = `query D($odsCode: String!, $period: PeriodInput, $themeKey: String) {
  icsDashboard(odsCode: $odsCode, period: $period, themeKey: $themeKey) {
    ics { odsCode population }
    period { label from to }
    headlines { key label value atLeast basis per100k figuresUrl }
    measures { key value }
    sections { key title charts { caption categories series { values } } tables { caption rows { cells { text value } } } }
    aggregationRules
  }
}`;

const REGION = `query R($period: PeriodInput, $metricKey: String) {
  regionDashboard(period: $period, metricKey: $metricKey) {
    population
    selected { key regionValue regionAtLeast regionPer100k icss { ics { odsCode } value atLeast per100k } }
    measures { key }
  }
}`;

interface Measure {
  key: string;
  label: string;
  value: number | null;
  atLeast: boolean;
  basis: number;
  per100k: number | null;
  figuresUrl: string | null;
}

interface IcsData {
  icsDashboard: {
    ics: { odsCode: string; population: number };
    period: { label: string; from: string | null; to: string | null };
    headlines: Measure[];
    measures: { key: string; value: number | null }[];
    sections: {
      key: string;
      charts: { caption: string; categories: string[]; series: { values: (number | null)[] }[] }[];
      tables: { caption: string; rows: { cells: { text: string; value: number | null }[] }[] }[];
    }[];
    aggregationRules: string[];
  };
}

interface RegionData {
  regionDashboard: {
    population: number;
    selected: {
      key: string;
      regionValue: number | null;
      regionAtLeast: boolean;
      regionPer100k: number | null;
      icss: {
        ics: { odsCode: string };
        value: number | null;
        atLeast: boolean;
        per100k: number | null;
      }[];
    } | null;
    measures: { key: string }[];
  };
}

const Q2 = { financialYear: 2024, quarter: 2 };
const ICSS = ['QHL', 'QUA', 'QWU', 'QJ2', 'QGH', 'QK1', 'QJM', 'QPM', 'QT1', 'QOC', 'QNC'];

describe('ICS and regional dashboards', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Computed on every request: these tests count what computing a dashboard costs
    // (dashboard-cache.int-spec.ts covers the cache).
    t = await createTestApp({ DASHBOARD_CACHE: 'false' });
    await resetDatabase(t.db);
    const walsall = await createOrganisation(t.db, { icsOdsCodes: ['QUA'] });
    const birmingham = await createOrganisation(t.db, { icsOdsCodes: ['QHL'] });
    const academy = await createCaseStudy(t.db, {
      organisationId: walsall.id,
      icsOdsCode: 'QUA',
      title: 'Work academy',
      themes: ['EMPLOYMENT'],
      outcomes: [
        { metricKey: 'LOCAL_RESIDENTS_INTO_JOBS', value: 10, measuredOn: '2024-06-30' },
        {
          metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
          value: 12,
          measuredOn: '2024-09-30',
          sourceTitle: 'Academy Q2 report',
        },
        {
          metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
          value: 150,
          measuredOn: '2024-09-30',
          cumulative: true,
          qualifier: 'more than',
        },
      ],
    });
    await createCaseStudy(t.db, {
      organisationId: walsall.id,
      icsOdsCode: 'QUA',
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
       VALUES ($1, 'LOCAL_RESIDENTS_INTO_JOBS', 7, 'more than', '2024-08-31', 'Adopter report')`,
      [adoption.id],
    );
    // A corrected figure counts only in its corrected form; a removed one not at all.
    await t.db.query(
      `INSERT INTO outcome_measurement (case_study_id, metric_key, value, measured_on, source_title, superseded_at)
       VALUES ($1, 'LOCAL_RESIDENTS_INTO_JOBS', 500, '2024-09-30', 'Typo', now()),
              ($1, 'LOCAL_RESIDENTS_INTO_JOBS', 600, '2024-09-30', 'Wrong practice', NULL)`,
      [academy.id],
    );
    await t.db.query(
      `UPDATE outcome_measurement SET removed_at = now(), removal_reason = 'Wrong practice' WHERE value = 600`,
    );
  });

  afterAll(async () => {
    await t.close();
  });

  const jobs = (d: IcsData) =>
    d.icsDashboard.headlines.find((h) => h.key === 'outcomes.LOCAL_RESIDENTS_INTO_JOBS');

  it("should total an ICS's latest in-period figures for the period, with running totals apart", async () => {
    const res = await gql<IcsData>(t.url, {
      query: ICS_DASHBOARD,
      variables: { odsCode: 'QUA', period: Q2 },
    });
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    expect(d.icsDashboard.period).toEqual({
      label: '2024/25 Q2 (Jul to Sep 2024)',
      from: '2024-07-01',
      to: '2024-09-30',
    });
    // 12 (not the draft's 999, not the corrected 500 or the removed 600, not the adopter's 7).
    expect(jobs(d)).toMatchObject({ value: 12, atLeast: false, basis: 1 });
    expect(jobs(d)?.per100k).toBeCloseTo((12 / d.icsDashboard.ics.population) * 100_000, 1);
    expect(jobs(d)?.figuresUrl).toBe(
      '/impact/figures?metric=LOCAL_RESIDENTS_INTO_JOBS&ics=QUA&fy=2024&q=2',
    );
    expect(
      d.icsDashboard.headlines.find(
        (h) => h.key === 'outcomes.LOCAL_RESIDENTS_INTO_JOBS.cumulative',
      ),
    ).toMatchObject({ value: 150, atLeast: true });
    // Headline metrics without data are still listed, as no data.
    expect(
      d.icsDashboard.headlines.find((h) => h.key === 'outcomes.TCO2E_SAVED')?.value,
    ).toBeNull();
    expect(d.icsDashboard.aggregationRules.join(' ')).toMatch(/never added/);
    const trend = d.icsDashboard.sections.find((s) => s.key === 'outcomes');
    expect(trend?.charts[0]?.categories).toEqual(['2024/25 Q2']);
    expect(trend?.charts[0]?.series[0]?.values).toEqual([12]);
  });

  it("should count the adopter's figure for the adopter's ICS, marked at least", async () => {
    const res = await gql<IcsData>(t.url, {
      query: ICS_DASHBOARD,
      variables: { odsCode: 'QHL', period: Q2 },
    });
    expect(jobs(res.data!)).toMatchObject({ value: 7, atLeast: true, basis: 1 });
  });

  it('should show all eleven ICSs and the region side by side on the chosen measure', async () => {
    const res = await gql<RegionData>(t.url, {
      query: REGION,
      variables: { period: Q2, metricKey: 'LOCAL_RESIDENTS_INTO_JOBS' },
    });
    expect(res.errors).toBeUndefined();
    const selected = res.data!.regionDashboard.selected!;
    expect(selected.key).toBe('outcomes.LOCAL_RESIDENTS_INTO_JOBS');
    expect(selected.icss).toHaveLength(11);
    expect(selected.regionValue).toBe(19);
    expect(selected.regionAtLeast).toBe(true);
    expect(selected.regionPer100k).toBeCloseTo((19 / 10_800_000) * 100_000, 1);
    const qua = selected.icss.find((r) => r.ics.odsCode === 'QUA');
    expect(qua).toMatchObject({ value: 12, atLeast: false });
    expect(selected.icss.find((r) => r.ics.odsCode === 'QNC')?.value).toBeNull();
  });

  it('should list the figures behind a total, with their sources', async () => {
    const FIGURES = `query F($metricKey: String!, $ics: String, $period: PeriodInput, $cumulative: Boolean) {
      outcomeFigures(metricKey: $metricKey, icsOdsCode: $ics, period: $period, cumulative: $cumulative) {
        icsName periodLabel total atLeast basis
        figures { practiceTitle practiceUrl measurement { value qualifier measuredOn sourceTitle } }
      }
    }`;
    type Figures = {
      outcomeFigures: {
        icsName: string | null;
        total: number | null;
        atLeast: boolean;
        basis: number;
        figures: { practiceTitle: string; measurement: { value: number; sourceTitle: string } }[];
      };
    };
    const qua = await gql<Figures>(t.url, {
      query: FIGURES,
      variables: { metricKey: 'LOCAL_RESIDENTS_INTO_JOBS', ics: 'QUA', period: Q2 },
    });
    expect(qua.errors).toBeUndefined();
    expect(qua.data!.outcomeFigures).toMatchObject({
      icsName: 'Black Country',
      total: 12,
      basis: 1,
    });
    expect(
      qua.data!.outcomeFigures.figures.map((f) => [f.practiceTitle, f.measurement.sourceTitle]),
    ).toEqual([['Work academy', 'Academy Q2 report']]);
    const region = await gql<Figures>(t.url, {
      query: FIGURES,
      variables: { metricKey: 'LOCAL_RESIDENTS_INTO_JOBS', period: Q2 },
    });
    expect(region.data!.outcomeFigures).toMatchObject({ total: 19, atLeast: true, basis: 2 });
    const running = await gql<Figures>(t.url, {
      query: FIGURES,
      // Up to the end of Q2 2024 (the demo's Work4Health total is dated 2025).
      variables: { metricKey: 'LOCAL_RESIDENTS_INTO_JOBS', ics: 'QUA', period: Q2, cumulative: true },
    });
    expect(running.data!.outcomeFigures).toMatchObject({ total: 150, atLeast: true });
    const unknown = await gql(t.url, { query: FIGURES, variables: { metricKey: 'NOPE' } });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });

  it('should filter by theme', async () => {
    const res = await gql<IcsData>(t.url, {
      query: ICS_DASHBOARD,
      variables: { odsCode: 'QUA', period: Q2, themeKey: 'ESTATES' },
    });
    expect(jobs(res.data!)?.value).toBeNull();
  });

  it('should refuse a bad period, theme, measure or ICS with a clear error', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [ICS_DASHBOARD, { odsCode: 'QUA', period: { financialYear: 1990 } }, 'BAD_USER_INPUT'],
      [
        ICS_DASHBOARD,
        { odsCode: 'QUA', period: { financialYear: 2024, quarter: 5 } },
        'BAD_USER_INPUT',
      ],
      [ICS_DASHBOARD, { odsCode: 'QUA', themeKey: 'NOPE' }, 'BAD_USER_INPUT'],
      [ICS_DASHBOARD, { odsCode: 'ZZZ' }, 'NOT_FOUND'],
      [REGION, { metricKey: 'NOPE' }, 'BAD_USER_INPUT'],
    ];
    for (const [query, variables, code] of cases) {
      const res = await gql(t.url, { query, variables });
      expect({ variables, code: errorCode(res) }).toEqual({ variables, code });
      expect(res.errors?.[0]?.message).not.toMatch(/select|relation|column/i);
    }
  });

  it('should issue the same number of statements with 10 and with 500 case studies', async () => {
    const org = await createOrganisation(t.db, { icsOdsCodes: ['QUA'] });
    const add = async (from: number, to: number) => {
      for (let i = from; i < to; i += 1) {
        const ics = ICSS[i % ICSS.length]!;
        await createCaseStudy(t.db, {
          organisationId: org.id,
          icsOdsCode: ics,
          themes: ['EMPLOYMENT'],
          outcomes: [
            { metricKey: 'LOCAL_RESIDENTS_INTO_JOBS', value: i, measuredOn: '2024-08-31' },
            { metricKey: 'SOCIAL_VALUE_GBP', value: 1000 * i, measuredOn: '2024-09-30' },
          ],
        });
      }
    };
    const measure = async () => {
      const ics = await countQueries(() =>
        gql<IcsData>(t.url, { query: ICS_DASHBOARD, variables: { odsCode: 'QUA', period: Q2 } }),
      );
      const region = await countQueries(() =>
        gql<RegionData>(t.url, { query: REGION, variables: { period: Q2 } }),
      );
      expect(ics.result.errors).toBeUndefined();
      expect(region.result.errors).toBeUndefined();
      return { ics: ics.count, region: region.count, data: ics.result.data! };
    };
    await add(0, 10);
    const ten = await measure();
    await add(10, 500);
    const fiveHundred = await measure();
    expect(jobs(fiveHundred.data)?.basis).toBeGreaterThan(jobs(ten.data)!.basis);
    expect(fiveHundred.ics).toBe(ten.ics);
    expect(fiveHundred.region).toBe(ten.region);
  });
});
