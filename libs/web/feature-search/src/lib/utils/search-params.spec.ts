import { describe, expect, it } from '@jest/globals';
import {
  formatCount,
  hasFilters,
  exactSearchHref,
  nextPageHref,
  pageNumber,
  parseSearchParams,
  previousPageHref,
  searchFilter,
  searchHref,
  withoutFilterHref,
  withoutFiltersHref,
} from './search-params';

describe('parseSearchParams', () => {
  it('reads the query, repeated filters and cursors', () => {
    const params = parseSearchParams({
      q: '  jobs  ',
      types: ['CASE_STUDY', 'EVENT'],
      ics: 'QHL',
      updated: 'LAST_30_DAYS',
      after: 'abc=',
      prev: ['', 'xyz'],
    });
    expect(params).toEqual({
      q: 'jobs',
      types: ['CASE_STUDY', 'EVENT'],
      ics: ['QHL'],
      themes: [],
      evidenceLevels: [],
      adoptionStages: [],
      updated: ['LAST_30_DAYS'],
      exact: false,
      after: 'abc=',
      prev: ['', 'xyz'],
    });
  });

  it('drops invalid values instead of failing, and keeps a blank query blank', () => {
    const params = parseSearchParams({
      q: ['   ', 'second'],
      types: ['CASE_STUDY', 'NOT_A_TYPE', 'CASE_STUDY'],
      themes: ['<script>', 'employment'],
      updated: 'YESTERDAY',
      after: 'has spaces',
      prev: ['ok', '<bad>'],
    });
    expect(params.q).toBe('');
    expect(params.types).toEqual(['CASE_STUDY']);
    expect(params.themes).toEqual(['employment']);
    expect(params.updated).toEqual([]);
    expect(params.after).toBeUndefined();
    expect(params.prev).toEqual(['ok']);
  });

  it('defaults everything when the query string is empty, and bounds a long query', () => {
    const empty = parseSearchParams({});
    expect(empty).toMatchObject({ q: '', types: [], prev: [] });
    expect(empty.after).toBeUndefined();
    expect(parseSearchParams({ q: 'x'.repeat(500) }).q).toHaveLength(200);
  });
});

describe('searchFilter', () => {
  it('is null without filters and lists only chosen fields', () => {
    expect(searchFilter(parseSearchParams({ q: 'a' }))).toBeNull();
    expect(
      searchFilter(parseSearchParams({ q: 'a', types: 'EVENT', themes: ['t1', 't2'] })),
    ).toEqual({
      types: ['EVENT'],
      themes: ['t1', 't2'],
    });
  });
});

describe('hrefs', () => {
  const params = parseSearchParams({
    q: 'jobs & skills',
    types: ['CASE_STUDY', 'EVENT'],
    ics: 'QHL',
  });

  it('builds /search URLs with repeated filters (encoded)', () => {
    expect(searchHref(params)).toBe(
      '/search?q=jobs+%26+skills&types=CASE_STUDY&types=EVENT&ics=QHL',
    );
    expect(searchHref({})).toBe('/search');
    expect(hasFilters(params)).toBe(true);
  });

  it('clears one filter value or all of them, back to the first page', () => {
    const paged = { ...params, after: 'c2', prev: ['', 'c1'] };
    expect(withoutFilterHref(paged, 'types', 'EVENT')).toBe(
      '/search?q=jobs+%26+skills&types=CASE_STUDY&ics=QHL',
    );
    expect(withoutFiltersHref(paged)).toBe('/search?q=jobs+%26+skills');
  });

  it('carries earlier cursors so Previous works with forward-only cursors', () => {
    const page1 = parseSearchParams({ q: 'jobs' });
    expect(pageNumber(page1)).toBe(1);
    expect(previousPageHref(page1)).toBeNull();
    const toPage2 = nextPageHref(page1, 'c1');
    expect(toPage2).toBe('/search?q=jobs&after=c1&prev=');

    const page2 = parseSearchParams(Object.fromEntries(queryOf(toPage2)));
    expect(pageNumber(page2)).toBe(2);
    expect(previousPageHref(page2)).toBe('/search?q=jobs');
    const toPage3 = nextPageHref(page2, 'c2');
    expect(toPage3).toBe('/search?q=jobs&after=c2&prev=&prev=c1');

    const page3 = parseSearchParams(Object.fromEntries(queryOf(toPage3)));
    expect(pageNumber(page3)).toBe(3);
    expect(previousPageHref(page3)).toBe('/search?q=jobs&after=c1&prev=');
  });

  it('offers the query as typed, without correction, and keeps exact across pages and filters', () => {
    const paged = { ...params, after: 'c2', prev: ['', 'c1'] };
    const href = exactSearchHref(paged);
    expect(href).toBe('/search?q=jobs+%26+skills&types=CASE_STUDY&types=EVENT&ics=QHL&exact=1');
    const exact = parseSearchParams(Object.fromEntries(queryOf(href)));
    expect(exact.exact).toBe(true);
    expect(nextPageHref(exact, 'c1')).toContain('exact=1');
    expect(withoutFiltersHref(exact)).toBe('/search?q=jobs+%26+skills&exact=1');
    expect(parseSearchParams({ q: 'x', exact: 'yes' }).exact).toBe(false);
  });

  it('a tampered page without earlier cursors goes back to the first page', () => {
    const params2 = parseSearchParams({ q: 'jobs', after: 'c9' });
    expect(pageNumber(params2)).toBe(2);
    expect(previousPageHref(params2)).toBe('/search?q=jobs');
  });
});

describe('formatCount', () => {
  it('groups thousands and marks capped counts', () => {
    expect(formatCount(7)).toBe('7');
    expect(formatCount(12345)).toBe('12,345');
    expect(formatCount(1000, true)).toBe('1,000+');
  });
});

/** `?a=1&a=2` as Next.js gives it to a page: repeated keys become arrays. */
function queryOf(href: string): Array<[string, string | string[]]> {
  const query = new URLSearchParams(href.split('?')[1] ?? '');
  return [...new Set(query.keys())].map((key) => {
    const all = query.getAll(key);
    return [key, all.length > 1 ? all : all[0]];
  });
}
