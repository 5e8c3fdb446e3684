import { describe, expect, it } from '@jest/globals';

import { eventCaseStudiesSearchParamsSchema, linkedCaseStudies } from './event-case-studies';

describe('linkedCaseStudies', () => {
  it('should keep every linked id in order, naming the published ones and leaving others untitled', () => {
    expect(
      linkedCaseStudies(['b', 'gone', 'a', 'b'], [
        { id: 'a', title: 'Alpha', slug: 'alpha' },
        { id: 'b', title: 'Beta', slug: 'beta' },
      ]),
    ).toEqual([
      { id: 'b', title: 'Beta', slug: 'beta' },
      { id: 'gone', title: null, slug: null },
      { id: 'a', title: 'Alpha', slug: 'alpha' },
    ]);
  });
});

describe('eventCaseStudiesSearchParamsSchema', () => {
  it('should trim the search, drop empty or over-long values, and never read a message or error from the URL', () => {
    expect(eventCaseStudiesSearchParamsSchema.parse({ q: '  warm homes ', message: ['Added.', 'x'] })).toEqual({ q: 'warm homes' });
    expect(eventCaseStudiesSearchParamsSchema.parse({ q: ' ', error: 'e'.repeat(30) })).toEqual({});
    expect(eventCaseStudiesSearchParamsSchema.parse({ q: 'q'.repeat(101) })).toEqual({});
  });
});
