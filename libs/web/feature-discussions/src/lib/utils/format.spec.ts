import { describe, expect, it } from '@jest/globals';

import { flagReasonsText, formatDuration, groupReplies } from './format';

describe('groupReplies', () => {
  it('should nest replies under their parent, keeping order', () => {
    const grouped = groupReplies([
      { id: 'a', parentId: null },
      { id: 'b', parentId: null },
      { id: 'c', parentId: 'a' },
      { id: 'd', parentId: 'a' },
    ]);
    expect(grouped.map((g) => [g.comment.id, g.replies.map((r) => r.id)])).toEqual([
      ['a', ['c', 'd']],
      ['b', []],
    ]);
  });
});

describe('formatDuration', () => {
  it('should round up to minutes, hours or days', () => {
    expect(formatDuration(1)).toBe('1 minute');
    expect(formatDuration(90)).toBe('2 hours');
    expect(formatDuration(3 * 24 * 60)).toBe('3 days');
  });
});

describe('flagReasonsText', () => {
  it('should name each reason in plain English, never as a code', () => {
    expect(flagReasonsText(['PERSONAL_DATA', 'OFF_TOPIC', 'SPAM'])).toBe(
      'Personal data, Off topic, Spam',
    );
    expect(flagReasonsText(['NEW_REASON'])).toBe('New reason');
  });
});
