import { Audience } from '../../../src/common/visibility/audience';
import type { AudienceToken } from '../../../src/common/visibility/audience';
import { SearchRepository } from '../../../src/modules/search/search.repository';
import type { IndexableDocument } from '../../../src/modules/search/search.repository';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';

/**
 * The search index and query on real PostgreSQL, with documents written
 * straight into the index (the features' own sources are covered by
 * search-sources.int-spec and search-journeys.int-spec).
 */
const SEARCH = `query S($query: String!, $filter: SearchFilter, $first: Int, $after: String, $exact: Boolean) {
  search(query: $query, filter: $filter, first: $first, after: $after, exact: $exact) {
    totalCount totalCountCapped didYouMean correctedQuery
    edges { cursor node { type id title url snippetHtml summary updatedAt } }
    pageInfo { hasNextPage endCursor }
    facets { field label values { value label count } }
  } }`;
const SUGGEST = `query G($prefix: String!) { searchSuggestions(prefix: $prefix) { type id title url } }`;

interface Hit {
  type: string;
  id: string;
  title: string;
  url: string;
  snippetHtml: string;
}
interface Result {
  totalCount: number;
  totalCountCapped: boolean;
  didYouMean: string | null;
  correctedQuery: boolean;
  edges: { cursor: string; node: Hit }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  facets: {
    field: string;
    label: string;
    values: { value: string; label: string; count: number }[];
  }[];
}

const days = (n: number) => new Date(Date.now() - n * 86_400_000);

describe('search (index and query)', () => {
  let t: TestApp;
  let repo: SearchRepository;
  let editor: TestUser;
  let outsider: TestUser;

  const doc = (
    d: Partial<IndexableDocument> & { id: string; title: string },
  ): IndexableDocument => ({
    type: 'CASE_STUDY',
    summary: null,
    body: '',
    url: `/case-studies/${d.id}`,
    facets: {},
    updatedAt: days(10),
    audience: [Audience.anyone()],
    ...d,
  });

  const search = async (query: string, as?: string, extra: Record<string, unknown> = {}) => {
    const res = await gql<{ search: Result }>(t.url, {
      query: SEARCH,
      variables: { query, ...extra },
      as,
    });
    expect(res.errors).toBeUndefined();
    return res.data!.search;
  };
  const titles = (r: Result) => r.edges.map((e) => e.node.title);

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    repo = t.app.get(SearchRepository);
    editor = await createUser(t.db, { name: 'Edna Editor' });
    outsider = await createUser(t.db, { name: 'Olly Outsider' });
    await t.db.query(
      'DELETE FROM search_document; DELETE FROM search_document_text; DELETE FROM search_vocabulary',
    );
    await repo.apply(
      'CASE_STUDY',
      [
        doc({
          id: 'thrive',
          title: 'Thrive into Work',
          summary: 'Employment support for people with health conditions.',
          body: 'Helping local residents find a job and stay in work. <script>alert(1)</script>',
          facets: { ics: ['QHL'], theme: ['employment'] },
          facetLabels: {
            ics: { QHL: 'Birmingham and Solihull' },
            theme: { employment: 'Employment' },
          },
          updatedAt: days(3),
        }),
        doc({
          id: 'work4health',
          title: 'Work4Health',
          summary: 'Employing local people in NHS roles.',
          body: 'An employment programme for long-term unemployed residents.',
          facets: { ics: ['QUA'], theme: ['employment'] },
          updatedAt: days(400),
        }),
        doc({
          id: 'procure',
          title: 'Social value in procurement',
          summary: 'A procurement framework that weighs social value.',
          body: 'Contracts score social value at 10%. Value for the social good.',
          facets: { ics: ['QUA'], theme: ['procurement'] },
        }),
        doc({
          id: 'cafe',
          title: 'Café on the estate',
          summary: 'A community café run with the housing association.',
          body: 'Estates and facilities teams opened the space.',
          facets: { ics: ['QHL'], theme: ['estates'] },
        }),
        doc({
          id: 'draft',
          title: 'Zebra crossing procurement draft',
          summary: 'Not published yet.',
          body: 'Secret zebrafish procurement pilot.',
          facets: { ics: ['QJ2'], theme: ['estates'] },
          facetLabels: { ics: { QJ2: 'Derby and Derbyshire' } },
          audience: [Audience.user(editor.id)] as AudienceToken[],
        }),
      ],
      [],
    );
    await repo.apply(
      'COMMENT',
      [
        doc({
          type: 'COMMENT',
          id: 'c1',
          title: 'Reply in "Recruitment fairs"',
          body: 'We ran a recruitment fair with the college.',
          url: '/discussions/t1#comment-c1',
          audience: [Audience.signedIn()],
        }),
      ],
      [],
    );
  });

  afterAll(async () => {
    await t.close();
  });

  it('should find by English stems: "jobs" finds a job, "employment" finds employing', async () => {
    expect(titles(await search('jobs'))).toEqual(['Thrive into Work']);
    expect(titles(await search('employment')).sort()).toEqual(['Thrive into Work', 'Work4Health']);
  });

  it('should rank title matches first and boost recent documents', async () => {
    const r = await search('employment');
    // Thrive is recent and matches in its summary; Work4Health is 400 days old.
    expect(titles(r)[0]).toBe('Thrive into Work');
    expect(titles(await search('procurement'))[0]).toBe('Social value in procurement');
  });

  it('should honour quoted phrases, OR and -word', async () => {
    expect(titles(await search('"social value"'))).toEqual(['Social value in procurement']);
    expect(titles(await search('"value social"'))).toEqual([]);
    expect(titles(await search('café OR procurement')).sort()).toEqual([
      'Café on the estate',
      'Social value in procurement',
    ]);
    expect(titles(await search('employment -residents'))).toEqual([]);
    expect(titles(await search('employment -stay'))).toEqual(['Work4Health']);
  });

  it('should ignore accents', async () => {
    expect(titles(await search('cafe'))).toEqual(['Café on the estate']);
  });

  it('should correct a misspelt word and show its results', async () => {
    // Stemming already finds "procur…", so the results stay and the spelling is offered.
    const r = await search('procurment');
    expect(r.didYouMean).toBe('procurement');
    expect(titles(r)).toEqual(['Social value in procurement']);
    // Nothing matches as typed: the corrected query's results are shown instead.
    const both = await search('"social valeu"');
    expect(both.didYouMean).toBe('"social value"');
    expect(both.correctedQuery).toBe(true);
    expect(titles(both)).toEqual(['Social value in procurement']);
    const e = await search('emplyment');
    expect(e.didYouMean).toBe('employment');
    expect(e.correctedQuery).toBe(true);
    // Inflections of known words are not "corrected".
    expect((await search('jobs')).didYouMean).toBeNull();
    expect(titles(e).sort()).toEqual(['Thrive into Work', 'Work4Health']);
  });

  it('should search exactly as typed when asked, without correcting ("Search instead for …")', async () => {
    const corrected = await search('emplyment');
    expect(corrected.correctedQuery).toBe(true);
    const exact = await search('emplyment', undefined, { exact: true });
    expect(exact.correctedQuery).toBe(false);
    expect(exact.didYouMean).toBeNull();
    expect(exact.totalCount).toBe(0);
    expect(exact.edges).toEqual([]);
    // Exact still finds what the words find as typed.
    expect(titles(await search('procurement', undefined, { exact: true }))).toEqual([
      'Social value in procurement',
    ]);
  });

  it('should never suggest a word only a draft contains', async () => {
    const r = await search('zebrafsh', outsider.token);
    expect(r.didYouMean).toBeNull();
    expect(r.totalCount).toBe(0);
  });

  it('should return snippets whose only markup is <mark>', async () => {
    const r = await search('residents');
    expect(r.edges.length).toBeGreaterThan(0);
    for (const { node } of r.edges) {
      expect(node.snippetHtml).toContain('<mark>');
      expect(node.snippetHtml.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    }
    const thrive = r.edges.find((e) => e.node.id === 'thrive')!;
    expect(thrive.node.snippetHtml).not.toContain('<script');
  });

  it("should keep a draft's words out of results, counts and facets for outsiders, but not for its editor", async () => {
    for (const as of [undefined, outsider.token]) {
      const zebra = await search('zebra', as);
      expect(zebra.totalCount).toBe(0);
      expect(zebra.facets).toEqual([]);
      const p = await search('procurement', as);
      expect(p.totalCount).toBe(1);
      const values = p.facets.flatMap((f) => f.values.map((v) => `${f.field}:${v.value}`));
      expect(values).not.toContain('ics:QJ2');
      expect(values).not.toContain('themes:estates');
      expect(p.facets.find((f) => f.field === 'types')!.values).toEqual([
        { value: 'CASE_STUDY', label: expect.any(String), count: 1 },
      ]);
    }
    const mine = await search('procurement', editor.token);
    expect(mine.totalCount).toBe(2);
    const ics = mine.facets.find((f) => f.field === 'ics')!.values;
    expect(ics).toEqual(
      expect.arrayContaining([{ value: 'QJ2', label: 'Derby and Derbyshire', count: 1 }]),
    );
  });

  it('should show members-only documents to signed-in people only', async () => {
    expect((await search('recruitment')).totalCount).toBe(0);
    expect(titles(await search('recruitment', outsider.token))).toEqual([
      'Reply in "Recruitment fairs"',
    ]);
  });

  it('should filter by facets, count by facet, and keep type counts across types', async () => {
    const all = await search('employment OR estates OR recruitment', outsider.token);
    const types = all.facets.find((f) => f.field === 'types')!.values;
    expect(types.map((v) => [v.value, v.count])).toEqual([
      ['CASE_STUDY', 3],
      ['COMMENT', 1],
    ]);
    const onlyComments = await search('employment OR estates OR recruitment', outsider.token, {
      filter: { types: ['COMMENT'] },
    });
    expect(onlyComments.totalCount).toBe(1);
    expect(
      onlyComments.facets.find((f) => f.field === 'types')!.values.map((v) => v.count),
    ).toEqual([3, 1]);
    const qhl = await search('employment OR estates', outsider.token, { filter: { ics: ['QHL'] } });
    expect(titles(qhl).sort()).toEqual(['Café on the estate', 'Thrive into Work']);
    expect(qhl.facets.find((f) => f.field === 'ics')!.values).toEqual([
      { value: 'QHL', label: 'Birmingham and Solihull', count: 2 },
    ]);
    const recent = await search('employment', outsider.token, {
      filter: { updated: ['LAST_30_DAYS'] },
    });
    expect(titles(recent)).toEqual(['Thrive into Work']);
    const old = await search('employment', outsider.token, { filter: { updated: ['OLDER'] } });
    expect(titles(old)).toEqual(['Work4Health']);
  });

  it('should page with cursors and use the same number of statements whatever the page size', async () => {
    const first = await search('employment OR estates OR procurement', undefined, { first: 1 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search('employment OR estates OR procurement', undefined, {
      first: 1,
      after: first.pageInfo.endCursor,
    });
    expect(second.edges[0].node.id).not.toBe(first.edges[0].node.id);
    const small = await countQueries(() =>
      gql(t.url, { query: SEARCH, variables: { query: 'employment OR estates', first: 1 } }),
    );
    const large = await countQueries(() =>
      gql(t.url, { query: SEARCH, variables: { query: 'employment OR estates', first: 50 } }),
    );
    expect(small.count).toBeGreaterThan(0);
    expect(large.count).toBe(small.count);
  });

  it('should drop a document from results once it is hidden', async () => {
    expect((await search('college', outsider.token)).totalCount).toBe(1);
    await repo.apply(
      'COMMENT',
      [doc({ type: 'COMMENT', id: 'c1', title: 'x', updatedAt: new Date(), audience: [] })],
      [],
    );
    expect((await search('college', outsider.token)).totalCount).toBe(0);
  });

  it('should not let a stale write overwrite a newer one', async () => {
    await repo.apply(
      'CASE_STUDY',
      [doc({ id: 'cafe', title: 'Old café title', updatedAt: days(30) })],
      [],
    );
    expect(titles(await search('café'))).toEqual(['Café on the estate']);
  });

  it('should suggest titles by prefix, only those the viewer may see', async () => {
    const res = await gql<{ searchSuggestions: Hit[] }>(t.url, {
      query: SUGGEST,
      variables: { prefix: 'thri' },
    });
    expect(res.data!.searchSuggestions.map((s) => s.title)).toEqual(['Thrive into Work']);
    const zeb = await gql<{ searchSuggestions: Hit[] }>(t.url, {
      query: SUGGEST,
      variables: { prefix: 'zeb' },
      as: outsider.token,
    });
    expect(zeb.data!.searchSuggestions).toEqual([]);
    const mine = await gql<{ searchSuggestions: Hit[] }>(t.url, {
      query: SUGGEST,
      variables: { prefix: 'Zeb' },
      as: editor.token,
    });
    expect(mine.data!.searchSuggestions.map((s) => s.url)).toEqual(['/case-studies/draft']);
    const syntax = await gql<{ searchSuggestions: Hit[] }>(t.url, {
      query: SUGGEST,
      variables: { prefix: "w:* & !'" },
    });
    expect(syntax.errors).toBeUndefined();
    const short = await gql<{ searchSuggestions: Hit[] }>(t.url, {
      query: SUGGEST,
      variables: { prefix: 't' },
    });
    expect(short.data!.searchSuggestions).toEqual([]);
  });

  it('should reject blank queries, bad cursors, page sizes and filters with BAD_USER_INPUT', async () => {
    const bad = async (variables: Record<string, unknown>) =>
      errorCode(await gql(t.url, { query: SEARCH, variables }));
    expect(await bad({ query: '   ' })).toBe('BAD_USER_INPUT');
    expect(await bad({ query: 'jobs', after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    expect(await bad({ query: 'jobs', first: 0 })).toBe('BAD_USER_INPUT');
    expect(await bad({ query: 'jobs', first: 51 })).toBe('BAD_USER_INPUT');
    expect(await bad({ query: 'x'.repeat(201) })).toBe('BAD_USER_INPUT');
    expect(await bad({ query: 'jobs', filter: { updated: ['YESTERDAY'] } })).toBe('BAD_USER_INPUT');
    expect(await bad({ query: 'jobs', filter: { ics: ["QHL' OR 1=1"] } })).toBe('BAD_USER_INPUT');
    // Odd but valid input is not an error.
    expect((await search('"unbalanced OR - -')).totalCount).toBeGreaterThanOrEqual(0);
    expect((await search('the and of')).totalCount).toBe(0);
  });
});
