import { describe, expect, it } from '@jest/globals';

import { formatDate } from './case-study-params';

describe('formatDate', () => {
  it('should show a calendar date as given', () => {
    expect(formatDate('2025-01-31')).toBe('31 January 2025');
  });

  it('should show a timestamp as its day in Europe/London, not UTC', () => {
    expect(formatDate('2026-07-31T23:30:00.000Z')).toBe('1 August 2026');
    expect(formatDate('2026-12-31T23:30:00.000Z')).toBe('31 December 2026');
  });

  it('should leave anything that is not a date alone', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});
