import { describe, expect, it } from '@jest/globals';
import { chosenFilters, facetViews } from './facets';
import { parseSearchParams } from './search-params';

const facets = [
  {
    field: 'types',
    label: 'Type',
    values: [
      { value: 'CASE_STUDY', label: 'Case studies', count: 3 },
      { value: 'EVENT', label: 'Events', count: 0 },
    ],
  },
  { field: 'somethingNew', label: 'Unknown', values: [{ value: 'x', label: 'X', count: 1 }] },
  {
    field: 'ics',
    label: 'ICS',
    values: [{ value: 'QHL', label: 'Birmingham and Solihull', count: 2 }],
  },
];

describe('facetViews', () => {
  it('orders known facets, hides zero counts and ignores unknown fields', () => {
    const views = facetViews(facets, parseSearchParams({ q: 'jobs' }));
    expect(views.map((v) => v.field)).toEqual(['types', 'ics']);
    expect(views[0].values).toEqual([
      { value: 'CASE_STUDY', label: 'Case studies', count: 3, checked: false },
    ]);
  });

  it('keeps chosen values, even with a zero count or missing from the API, so they can be unticked', () => {
    const views = facetViews(
      facets,
      parseSearchParams({ q: 'jobs', types: ['EVENT', 'PERSON'], updated: 'OLDER' }),
    );
    expect(views.find((v) => v.field === 'types')?.values).toEqual([
      { value: 'CASE_STUDY', label: 'Case studies', count: 3, checked: false },
      { value: 'EVENT', label: 'Events', count: 0, checked: true },
      { value: 'PERSON', label: 'Person', count: 0, checked: true },
    ]);
    const updated = views.find((v) => v.field === 'updated');
    expect(updated?.label).toBe('Last updated');
    expect(chosenFilters(views)).toEqual([
      { field: 'types', value: 'EVENT', label: 'Events', facetLabel: 'Type' },
      { field: 'types', value: 'PERSON', label: 'Person', facetLabel: 'Type' },
      {
        field: 'updated',
        value: 'OLDER',
        label: 'More than 12 months ago',
        facetLabel: 'Last updated',
      },
    ]);
  });
});
