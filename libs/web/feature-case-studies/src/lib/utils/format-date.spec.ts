import { describe, expect, it } from '@jest/globals';

import { formatDate } from './case-study-params';

describe('formatDate', () => {
  it('should show a calendar date as written', () => {
    expect(formatDate('2025-01-31')).toBe('31 January 2025');
  });

  it('should show a timestamp on its Europe/London day', () => {
    // 23:30 UTC on 31 July is 00:30 on 1 August in British Summer Time.
    expect(formatDate('2026-07-31T23:30:00.000Z')).toBe('1 August 2026');
    // In winter London is on UTC.
    expect(formatDate('2026-01-31T23:30:00.000Z')).toBe('31 January 2026');
  });

  it('should leave something that is not a date alone', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});
