import { seedReferenceData } from '../../../src/database/seeds/reference-seed';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { gql } from '../setup/gql';
import { createAdoption, createCaseStudy } from '../factories/case-study.factory';
import { createOrganisation } from '../factories/organisation.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';
import { ADD_MEASUREMENT } from './case-studies.operations';

const CENSUS_SOURCE =
  "ONS Census 2021 usual resident population, sum of the ICB's local authorities (published 28 June 2022)";

const COMPARISON = `query Comparison($slug: String!) { caseStudy(slug: $slug) {
  outcomeComparison {
    metric { key perPopulation }
    entries { isOrigin population per100k ics { odsCode population populationSource } latest { value } }
  }
} }`;

interface Entry {
  isOrigin: boolean;
  population: number | null;
  per100k: number | null;
  ics: { odsCode: string; population: number | null; populationSource: string | null } | null;
  latest: { value: number };
}
interface Comparison {
  metric: { key: string; perPopulation: boolean };
  entries: Entry[];
}

describe('origin vs adopters per 100,000 residents', () => {
  let t: TestApp;
  let adopter: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    adopter = await createUser(t.db, { icsOdsCodes: ['QHL'] });
  });

  afterAll(async () => {
    await t.close();
  });

  async function comparison(slug: string): Promise<Comparison[]> {
    const res = await gql<{ caseStudy: { outcomeComparison: Comparison[] } }>(t.url, {
      query: COMPARISON,
      variables: { slug },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.caseStudy.outcomeComparison;
  }

  async function adopterFigure(adoptionId: string, metricKey: string, value: number) {
    const res = await gql(t.url, {
      query: ADD_MEASUREMENT,
      as: adopter.token,
      variables: {
        input: { adoptionId, metricKey, value, measuredOn: '2025-06-30', sourceTitle: 'Board report' },
      },
    });
    expect(res.errors).toBeUndefined();
  }

  it('should seed every ICS with its Census 2021 population and source, and re-seeding should restore them', async () => {
    const res = await gql<{ icss: { odsCode: string; population: number; populationSource: string }[] }>(
      t.url,
      { query: '{ icss { odsCode population populationSource } }' },
    );
    const byCode = new Map(res.data!.icss.map((i) => [i.odsCode, i]));
    expect(byCode.get('QUA')).toEqual({ odsCode: 'QUA', population: 1_213_200, populationSource: CENSUS_SOURCE });
    expect(byCode.get('QHL')?.population).toBe(1_361_100);
    expect(res.data!.icss.reduce((sum, i) => sum + i.population, 0)).toBe(10_831_300);

    await t.db.query(`UPDATE ics SET population = 1, population_source = 'stale' WHERE ods_code = 'QJM'`);
    await t.db.transaction((manager) => seedReferenceData(manager));
    const rows: { population: number; population_source: string }[] = await t.db.query(
      `SELECT population, population_source FROM ics WHERE ods_code = 'QJM'`,
    );
    expect(rows).toEqual([{ population: 768_400, population_source: CENSUS_SOURCE }]);
  });

  it('should normalise counts per 100,000 residents of each ICS when the origin and adopter ICS populations are known', async () => {
    const origin = await createOrganisation(t.db, { icsOdsCodes: ['QUA'] });
    const cs = await createCaseStudy(t.db, {
      organisationId: origin.id,
      icsOdsCode: 'QUA',
      outcomes: [
        { metricKey: 'LOCAL_RESIDENTS_INTO_JOBS', value: 150, measuredOn: '2025-01-31' },
        { metricKey: 'LOCAL_SPEND_PERCENT', value: 21, measuredOn: '2025-01-31' },
      ],
    });
    const adoption = await createAdoption(t.db, {
      caseStudyId: cs.id,
      organisationId: adopter.organisationId,
      icsOdsCode: 'QHL',
    });
    await adopterFigure(adoption.id, 'LOCAL_RESIDENTS_INTO_JOBS', 30);
    await adopterFigure(adoption.id, 'LOCAL_SPEND_PERCENT', 18);

    const [jobs, spend] = await comparison(cs.slug);
    // Jobs are a count: 150 / 1,213,200 x 100,000 = 12.36 and 30 / 1,361,100 x 100,000 = 2.20.
    expect(jobs.metric).toEqual({ key: 'LOCAL_RESIDENTS_INTO_JOBS', perPopulation: true });
    expect(jobs.entries).toEqual([
      {
        isOrigin: true,
        population: 1_213_200,
        per100k: 12.36,
        ics: { odsCode: 'QUA', population: 1_213_200, populationSource: CENSUS_SOURCE },
        latest: { value: 150 },
      },
      {
        isOrigin: false,
        population: 1_361_100,
        per100k: 2.2,
        ics: { odsCode: 'QHL', population: 1_361_100, populationSource: CENSUS_SOURCE },
        latest: { value: 30 },
      },
    ]);
    // Local spend is a share: compared as reported, never per head.
    expect(spend.metric).toEqual({ key: 'LOCAL_SPEND_PERCENT', perPopulation: false });
    expect(spend.entries.map((e) => [e.latest.value, e.per100k])).toEqual([
      [21, null],
      [18, null],
    ]);
  });

  it('should leave an entry unnormalised when its ICS population is not known', async () => {
    const origin = await createOrganisation(t.db, { icsOdsCodes: ['QUA'] });
    const cs = await createCaseStudy(t.db, {
      organisationId: origin.id,
      icsOdsCode: 'QUA',
      outcomes: [{ metricKey: 'PEOPLE_SUPPORTED', value: 500, measuredOn: '2025-01-31' }],
    });
    const adoption = await createAdoption(t.db, {
      caseStudyId: cs.id,
      organisationId: adopter.organisationId,
      icsOdsCode: 'QHL',
    });
    await adopterFigure(adoption.id, 'PEOPLE_SUPPORTED', 40);
    await t.db.query(`UPDATE ics SET population = NULL, population_source = NULL WHERE ods_code = 'QHL'`);
    try {
      const [supported] = await comparison(cs.slug);
      expect(supported.entries.map((e) => [e.isOrigin, e.population, e.per100k])).toEqual([
        [true, 1_213_200, 41.21],
        [false, null, null],
      ]);
    } finally {
      await t.db.transaction((manager) => seedReferenceData(manager));
    }
  });
});
