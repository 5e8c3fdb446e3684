import { Audience } from '../../../src/common/visibility/audience';
import { SearchRepository } from '../../../src/modules/search/search.repository';
import type { IndexableDocument } from '../../../src/modules/search/search.repository';
import { SEARCH_CANDIDATE_CAP } from '../../../src/modules/search/search.constants';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { gql } from '../setup/gql';

/**
 * The candidate cap of docs/adr/0009-search.md: beyond SEARCH_CANDIDATE_CAP
 * matches the total reads "1,000+" and facet counts describe the newest
 * SEARCH_CANDIDATE_CAP matches, never more than the total. Also the filter
 * shapes the statement is written for (one type, several types, a selected
 * value no candidate has).
 */
const SEARCH = `query S($query: String!, $filter: SearchFilter, $first: Int) {
  search(query: $query, filter: $filter, first: $first) {
    totalCount totalCountCapped
    edges { node { type id } }
    pageInfo { hasNextPage }
    facets { field values { value label count } }
  } }`;

interface Result {
  totalCount: number;
  totalCountCapped: boolean;
  edges: { node: { type: string; id: string } }[];
  pageInfo: { hasNextPage: boolean };
  facets: { field: string; values: { value: string; label: string; count: number }[] }[];
}

const DAY = 86_400_000;
const OLDEST = 5; // documents beyond the cap, all in QJ2

describe('search (candidate cap and filter shapes)', () => {
  let t: TestApp;
  let repo: SearchRepository;
  const total = SEARCH_CANDIDATE_CAP + OLDEST;

  const search = async (query: string, filter?: Record<string, unknown>) => {
    const res = await gql<{ search: Result }>(t.url, {
      query: SEARCH,
      variables: { query, filter, first: 50 },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.search;
  };
  const facet = (r: Result, field: string) =>
    Object.fromEntries(
      (r.facets.find((f) => f.field === field)?.values ?? []).map((v) => [v.value, v]),
    );

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    repo = t.app.get(SearchRepository);
    await t.db.query(
      'DELETE FROM search_document; DELETE FROM search_document_text; DELETE FROM search_vocabulary',
    );
    const now = Date.now();
    // Lanterns: i = 0 is the newest; the OLDEST oldest are the only ones in QJ2.
    const docs: IndexableDocument[] = Array.from({ length: total }, (_, i) => ({
      type: i % 4 === 0 ? 'EVENT' : 'CASE_STUDY',
      id: `lantern-${i}`,
      title: `Lantern walk ${i}`,
      summary: null,
      body: 'A lantern walk through the estate.',
      url: `/lanterns/${i}`,
      facets: { ics: [i >= SEARCH_CANDIDATE_CAP ? 'QJ2' : 'QHL'] },
      facetLabels: { ics: { QHL: 'Birmingham and Solihull', QJ2: 'Derby and Derbyshire' } },
      updatedAt: new Date(now - (i + 1) * DAY),
      audience: [Audience.anyone()],
    }));
    for (const type of ['EVENT', 'CASE_STUDY'])
      await repo.apply(
        type,
        docs.filter((d) => d.type === type),
        [],
      );
  });

  afterAll(async () => {
    await t.close();
  });

  it('should cap the total and count facets over the newest matches only', async () => {
    const r = await search('lantern');
    expect(r.totalCount).toBe(SEARCH_CANDIDATE_CAP);
    expect(r.totalCountCapped).toBe(true);
    expect(r.edges).toHaveLength(50);
    // The OLDEST QJ2 documents are beyond the cap: not counted.
    expect(facet(r, 'ics')).toEqual({
      QHL: { value: 'QHL', label: 'Birmingham and Solihull', count: SEARCH_CANDIDATE_CAP },
    });
    const types = facet(r, 'types');
    expect(types.CASE_STUDY.count + types.EVENT.count).toBe(SEARCH_CANDIDATE_CAP);
    // LAST_12_MONTHS includes LAST_30_DAYS; with OLDER it covers every candidate.
    const updated = facet(r, 'updated');
    expect(updated.LAST_12_MONTHS.count + updated.OLDER.count).toBe(SEARCH_CANDIDATE_CAP);
    for (const f of r.facets)
      for (const v of f.values) expect(v.count).toBeLessThanOrEqual(r.totalCount);
  });

  it('should count exactly when no more than the cap match', async () => {
    const r = await search('lantern', { ics: ['QJ2'] });
    expect(r.totalCount).toBe(OLDEST);
    expect(r.totalCountCapped).toBe(false);
    expect(facet(r, 'ics').QJ2).toEqual({
      value: 'QJ2',
      label: 'Derby and Derbyshire',
      count: OLDEST,
    });
  });

  it('should filter by one type or several, and keep type counts across types', async () => {
    const events = await search('lantern', { types: ['EVENT'] });
    const expectedEvents = Math.ceil(total / 4);
    expect(events.totalCount).toBe(expectedEvents);
    expect(events.totalCountCapped).toBe(false);
    expect(new Set(events.edges.map((e) => e.node.type))).toEqual(new Set(['EVENT']));
    // The newest event first among equals (the titles rank alike; newer is boosted).
    expect(events.edges[0].node.id).toBe('lantern-0');
    expect(facet(events, 'types').CASE_STUDY.count + facet(events, 'types').EVENT.count).toBe(
      SEARCH_CANDIDATE_CAP,
    );
    const both = await search('lantern', { types: ['EVENT', 'CASE_STUDY'] });
    expect(both.totalCount).toBe(SEARCH_CANDIDATE_CAP);
    expect(both.totalCountCapped).toBe(true);
  });

  it('should show a selected value that no candidate has with its label and 0', async () => {
    const r = await search('lantern', { ics: ['QHL', 'QJ2'], types: ['PERSON'] });
    expect(r.totalCount).toBe(0);
    expect(facet(r, 'ics')).toEqual({
      QHL: { value: 'QHL', label: 'Birmingham and Solihull', count: 0 },
      QJ2: { value: 'QJ2', label: 'Derby and Derbyshire', count: 0 },
    });
    expect(facet(r, 'types').PERSON.count).toBe(0);
  });
});
