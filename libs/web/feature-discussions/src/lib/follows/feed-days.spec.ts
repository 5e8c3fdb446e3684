import { describe, expect, it } from '@jest/globals';

import { dayHeading, groupByDay } from './feed-days';

describe('feed days', () => {
  const now = new Date('2026-12-05T10:00:00Z');

  it('should name today and yesterday in UK time, and other days by date', () => {
    expect(dayHeading(new Date('2026-12-05T00:30:00Z'), now)).toBe('Today');
    expect(dayHeading(new Date('2026-12-04T23:59:00Z'), now)).toBe('Yesterday');
    expect(dayHeading(new Date('2026-12-01T12:00:00Z'), now)).toBe('Tuesday 1 December 2026');
  });

  it('should group items by day keeping their order', () => {
    const groups = groupByDay(
      [
        { id: 'a', occurredAt: '2026-12-05T09:00:00Z' },
        { id: 'b', occurredAt: '2026-12-05T08:00:00Z' },
        { id: 'c', occurredAt: '2026-12-03T08:00:00Z' },
      ],
      now,
    );
    expect(groups.map((g) => [g.heading, g.items.map((i) => i.id)])).toEqual([
      ['Today', ['a', 'b']],
      ['Thursday 3 December 2026', ['c']],
    ]);
  });

  it('should use UK summer time when the clocks have gone forward', () => {
    const summer = new Date('2026-07-01T12:00:00Z');
    // 23:30 UTC on 30 June is 00:30 BST on 1 July.
    expect(dayHeading(new Date('2026-06-30T23:30:00Z'), summer)).toBe('Today');
  });
});
