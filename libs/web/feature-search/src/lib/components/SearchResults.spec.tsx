import { describe, expect, it } from '@jest/globals';
import type { SearchQuery } from '@mic/web-data-access';
import { renderToStaticMarkup } from 'react-dom/server';

import { parseSearchParams } from '../utils/search-params';
import { SearchResults } from './SearchResults';
import { Snippet } from './Snippet';

type Connection = SearchQuery['search'];

const hit = (n: number, snippetHtml = 'Helping people into <mark>work</mark>') => ({
  cursor: `c${n}`,
  node: {
    type: 'CASE_STUDY' as const,
    id: `id${n}`,
    title: `Work4Health ${n}`,
    url: `/case-studies/work4health-${n}`,
    snippetHtml,
    summary: null,
    updatedAt: '2026-11-01T10:00:00.000Z',
  },
});

const connection = (over: Partial<Connection> = {}): Connection => ({
  totalCount: 2,
  totalCountCapped: false,
  didYouMean: null,
  correctedQuery: false,
  edges: [hit(1), hit(2)],
  pageInfo: { hasNextPage: true, endCursor: 'c2' },
  facets: [
    {
      field: 'types',
      label: 'Type',
      values: [{ value: 'CASE_STUDY', label: 'Case studies', count: 2 }],
    },
  ],
  ...over,
});

const render = (
  query: Record<string, string | string[]>,
  conn: Connection | null,
  error?: string,
): string =>
  renderToStaticMarkup(
    <SearchResults params={parseSearchParams(query)} connection={conn} error={error} />,
  );

describe('Snippet', () => {
  it('renders only <mark> elements from the API snippet', () => {
    const html = renderToStaticMarkup(
      <Snippet html={'<mark>jobs</mark> <img src=x onerror="alert(1)"> &amp;'} />,
    );
    expect(html).toContain('<mark>jobs</mark>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp;');
  });
});

describe('SearchResults', () => {
  it('shows the search form and no results for a blank query', () => {
    const html = render({}, null);
    expect(html).toContain('Search the Commons');
    expect(html).toContain('action="/search"');
    expect(html).not.toContain('There is a problem');
    expect(html).not.toContain('Search is not available');
  });

  it('lists results with type, link, snippet, date, facets and a next page', () => {
    const html = render({ q: 'jobs' }, connection());
    expect(html).toContain('2 results');
    expect(html).toContain('Case study');
    expect(html).toContain('href="/case-studies/work4health-1"');
    expect(html).toContain('<mark>work</mark>');
    expect(html).toContain('1 November 2026');
    expect(html).toContain('Case studies (2)');
    expect(html).toContain('Apply filters');
    expect(html).toContain('href="/search?q=jobs&amp;after=c2&amp;prev="');
    expect(html).not.toContain('rel="prev"');
  });

  it('explains a corrected query, and offers did-you-mean otherwise', () => {
    const corrected = render(
      { q: 'procurment' },
      connection({ didYouMean: 'procurement', correctedQuery: true }),
    );
    expect(corrected).toContain('Showing results for <strong>procurement</strong>');
    expect(corrected).toContain('No results found for ‘procurment’');
    expect(corrected).toMatch(
      /href="\/search\?q=procurment&amp;exact=1"[^>]*>Search instead for ‘procurment’/,
    );
    expect(
      suggestedHtmlHasNoExact(
        render({ q: 'procurment' }, connection({ didYouMean: 'procurement' })),
      ),
    ).toBe(true);
    const suggested = render({ q: 'procurment' }, connection({ didYouMean: 'procurement' }));
    expect(suggested).toContain('Did you mean <a href="/search?q=procurement">procurement</a>?');
  });

  it('marks capped counts and shows chosen filters with clear links and a previous page', () => {
    const html = render(
      { q: 'the', types: 'CASE_STUDY', after: 'c2', prev: ['', 'c1'] },
      connection({ totalCount: 1000, totalCountCapped: true }),
    );
    expect(html).toContain('1,000+ results');
    expect(html).toContain('Page 3');
    expect(html).toContain('href="/search?q=the"');
    expect(html).toContain(
      'clear<span class="nhsuk-u-visually-hidden"> filter Case studies</span>',
    );
    expect(html).toContain('href="/search?q=the&amp;types=CASE_STUDY&amp;after=c1&amp;prev="');
  });

  it('gives advice when nothing is found, including removing filters', () => {
    const html = render(
      { q: 'zzzz', types: 'EVENT' },
      connection({
        totalCount: 0,
        edges: [],
        facets: [],
        pageInfo: { hasNextPage: false, endCursor: null },
      }),
    );
    expect(html).toContain('No results found for ‘zzzz’');
    expect(html).toContain('checking your spelling');
    expect(html).toContain('href="/search?q=zzzz">removing your filters');
    expect(html).toContain('href="/case-studies"');
    expect(html).not.toContain('nhsuk-pagination');
  });

  it('shows an error summary when the search failed', () => {
    const html = render({ q: 'jobs' }, null);
    expect(html).toContain('nhsuk-error-summary');
    expect(html).toContain('Search is not working right now');
  });

  it('never links a result to another site', () => {
    const bad = hit(3);
    bad.node.url = 'javascript:alert(1)';
    const html = render({ q: 'x' }, connection({ edges: [bad] }));
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Work4Health 3');
  });
});

function suggestedHtmlHasNoExact(html: string): boolean {
  return !html.includes('Search instead for');
}
