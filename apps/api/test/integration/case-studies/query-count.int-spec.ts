import { Role } from '@mic/shared-util';

import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { gql } from '../setup/gql';
import { createAdoption, createCaseStudy } from '../factories/case-study.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { createUser } from '../factories/user.factory';
import { FEED, SPREAD } from './case-studies.operations';

const WITH_HISTORY = `query History($first: Int) {
  caseStudies(first: $first) {
    edges { node { id versions { number changedFields } reviews { decision version } } }
  }
}`;

interface HistoryData {
  caseStudies: {
    edges: {
      node: { id: string; versions: { number: number }[]; reviews: { decision: string }[] };
    }[];
  };
}

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

  it('should load versions and reviews in a fixed number of statements however many case studies are listed', async () => {
    // Two version entries and a review decision for every published case study.
    await t.db.query(
      `INSERT INTO case_study_version (case_study_id, number, version, kind, snapshot, changed_fields)
       SELECT cs.id, n, n, 'EDIT', '{}'::jsonb, ARRAY['summary'] FROM case_study cs, generate_series(1, 2) n
        WHERE cs.status = 'PUBLISHED'
       ON CONFLICT DO NOTHING`,
    );
    await t.db.query(
      `INSERT INTO case_study_review (case_study_id, decision, version)
       SELECT id, 'APPROVED', 1 FROM case_study WHERE status = 'PUBLISHED'`,
    );
    const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
    const run = (first: number) =>
      countQueries(() =>
        gql<HistoryData>(t.url, { query: WITH_HISTORY, as: admin.token, variables: { first } }),
      );
    const five = await run(5);
    const fifty = await run(50);
    expect(five.result.errors).toBeUndefined();
    expect(fifty.result.errors).toBeUndefined();
    const nodes = fifty.result.data!.caseStudies.edges.map((e) => e.node);
    expect(nodes).toHaveLength(50);
    expect(nodes.every((n) => n.versions.map((v) => v.number).join() === '2,1')).toBe(true);
    expect(nodes.every((n) => n.reviews.length === 1 && n.reviews[0].decision === 'APPROVED')).toBe(
      true,
    );
    expect(fifty.count).toBe(five.count);
    const versionReads = fifty.statements.filter((sql) => /FROM "case_study_version"/.test(sql));
    const reviewReads = fifty.statements.filter((sql) => /FROM "case_study_review"/.test(sql));
    expect([versionReads.length, reviewReads.length]).toEqual([1, 1]);
  });
});
