import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { gql } from '../setup/gql';
import { createAdoption, createCaseStudy } from '../factories/case-study.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { FEED, SPREAD } from './case-studies.operations';

const ICSS = ['QHL', 'QUA', 'QWU', 'QJ2', 'QGH', 'QK1', 'QJM', 'QPM', 'QT1', 'QOC', 'QNC'];
const THEMES = ['EMPLOYMENT', 'WORKFORCE', 'PROCUREMENT_SOCIAL_VALUE', 'ESTATES'];

interface FeedData {
  caseStudies: {
    totalCount: number;
    edges: {
      node: {
        organisation: { name: string };
        themes: unknown[];
        latestOutcomes: { metric: { key: string } }[];
        adoptionCount: number;
      };
    }[];
  };
}

describe('case study list and spread statement counts', () => {
  let t: TestApp;
  let adopters: Record<string, string>;

  async function addPublished(count: number, offset: number): Promise<void> {
    for (let i = 0; i < count; i += 1) {
      const ics = ICSS[(offset + i) % ICSS.length];
      const org = await createOrganisation(t.db, { icsOdsCodes: [ics] });
      const cs = await createCaseStudy(t.db, {
        organisationId: org.id,
        icsOdsCode: ics,
        title: `Feed practice ${offset + i}`,
        reviewedByIcsOdsCode: ICSS[(offset + i + 5) % ICSS.length],
        themes: [THEMES[i % THEMES.length], THEMES[(i + 1) % THEMES.length]],
        outcomes: [
          { metricKey: 'LOCAL_RESIDENTS_INTO_JOBS', value: 10 + i, measuredOn: '2024-01-31' },
          { metricKey: 'LOCAL_RESIDENTS_INTO_JOBS', value: 20 + i, measuredOn: '2025-01-31' },
          { metricKey: 'SOCIAL_VALUE_GBP', value: 1000 * i, measuredOn: '2025-01-31' },
        ],
      });
      const adopterIcs = ICSS[(offset + i + 3) % ICSS.length];
      await createAdoption(t.db, {
        caseStudyId: cs.id,
        organisationId: adopters[adopterIcs],
        icsOdsCode: adopterIcs,
        stage: i % 2 ? 'PILOTING' : 'EXPLORING',
      });
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    adopters = {};
    for (const ics of ICSS)
      adopters[ics] = (await createOrganisation(t.db, { icsOdsCodes: [ics] })).id;
    await addPublished(55, 0);
  });

  afterAll(async () => {
    await t.close();
  });

  it('should issue the same number of statements (at most 6) for 10 and 50 case studies with organisation, ICS, themes, latest outcomes and adoption counts', async () => {
    const ten = await countQueries(() =>
      gql<FeedData>(t.url, { query: FEED, variables: { first: 10 } }),
    );
    const fifty = await countQueries(() =>
      gql<FeedData>(t.url, { query: FEED, variables: { first: 50 } }),
    );
    expect(ten.result.errors).toBeUndefined();
    expect(fifty.result.errors).toBeUndefined();
    const edges = fifty.result.data!.caseStudies.edges;
    expect(edges).toHaveLength(50);
    expect(fifty.result.data!.caseStudies.totalCount).toBeGreaterThanOrEqual(55);
    const created = edges.filter((e) => e.node.latestOutcomes.length === 2);
    expect(created.length).toBeGreaterThan(40);
    expect(created.every((e) => e.node.adoptionCount === 1 && e.node.themes.length === 2)).toBe(
      true,
    );
    expect(ten.count).toBe(fifty.count);
    expect(fifty.count).toBeLessThanOrEqual(6);
  });

  it('should issue a fixed number of statements for spreadMatrix whatever the number of case studies', async () => {
    const before = await countQueries(() =>
      gql<{ spreadMatrix: { caseStudies: unknown[]; cells: { furthestStage: string | null }[] } }>(
        t.url,
        { query: SPREAD },
      ),
    );
    expect(before.result.errors).toBeUndefined();
    await addPublished(20, 55);
    const after = await countQueries(() =>
      gql<{ spreadMatrix: { caseStudies: unknown[]; cells: { furthestStage: string | null }[] } }>(
        t.url,
        { query: SPREAD },
      ),
    );
    const studiesBefore = before.result.data!.spreadMatrix.caseStudies.length;
    expect(after.result.data!.spreadMatrix.caseStudies.length).toBe(studiesBefore + 20);
    expect(after.result.data!.spreadMatrix.cells).toHaveLength((studiesBefore + 20) * 11);
    expect(
      after.result.data!.spreadMatrix.cells.filter((c) => c.furthestStage === 'PILOTING').length,
    ).toBeGreaterThan(30);
    expect(after.count).toBe(before.count);
    expect(after.count).toBeLessThanOrEqual(3);
  });
});
