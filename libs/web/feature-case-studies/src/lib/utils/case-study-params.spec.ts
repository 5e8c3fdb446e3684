import { describe, expect, it } from '@jest/globals';

import {
  caseStudiesFilter,
  caseStudiesSearchParamsSchema,
  changedFieldsText,
  formatValue,
} from './case-study-params';

describe('caseStudiesSearchParamsSchema', () => {
  it('should keep valid filters and drop invalid ones', () => {
    const params = caseStudiesSearchParamsSchema.parse({
      q: ' academy ',
      ics: 'qua',
      theme: 'EMPLOYMENT',
      evidence: 'NOPE',
      stale: 'only',
    });
    expect(params).toEqual({ q: 'academy', ics: 'QUA', theme: 'EMPLOYMENT', stale: 'only' });
    expect(caseStudiesFilter(params)).toMatchObject({
      icsOdsCode: 'QUA',
      staleOnly: true,
      includeStale: true,
    });
  });
});

describe('formatValue', () => {
  it('should format money, percentages and counts', () => {
    expect(formatValue(1200000, 'GBP', 'over')).toBe('over £1,200,000');
    expect(formatValue(12.5, 'percent')).toBe('12.5%');
    expect(formatValue(150, 'people')).toBe('150 people');
  });
});

describe('changedFieldsText', () => {
  it('should name changed fields as readers know them', () => {
    expect(changedFieldsText(['summary', 'keyLearning', 'reviewBy'])).toBe(
      'summary, key learning, review-by date',
    );
    expect(changedFieldsText(['somethingNew'])).toBe('somethingNew');
  });
});
