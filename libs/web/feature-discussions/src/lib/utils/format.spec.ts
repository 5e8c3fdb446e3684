import { describe, expect, it } from '@jest/globals';

import { groupReplies } from './format';

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
