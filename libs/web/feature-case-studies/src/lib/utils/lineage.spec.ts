import { describe, expect, it } from '@jest/globals';

import { lineageTree } from './lineage';

const node = (id: string, createdAt: string, parent: string | null = null) => ({
  parentAdoptionId: parent,
  adoption: { id, createdAt, name: id },
});

describe('lineageTree', () => {
  it('should hang adopters off the origin and adopters of adopters off them, oldest first', () => {
    const tree = lineageTree([
      node('second', '2026-03-01T10:00:00Z'),
      node('grandchild', '2026-05-01T10:00:00Z', 'first'),
      node('first', '2026-01-01T10:00:00Z'),
      node('child-b', '2026-04-01T10:00:00Z', 'first'),
    ]);
    const shape = (nodes: ReturnType<typeof lineageTree<{ name: string }>>): unknown =>
      nodes.map((n) => [n.adoption.id, shape(n.children)]);
    expect(shape(tree)).toEqual([
      [
        'first',
        [
          ['child-b', []],
          ['grandchild', []],
        ],
      ],
      ['second', []],
    ]);
  });

  it('should treat an unknown parent as the origin and never lose an adopter in a cycle', () => {
    const tree = lineageTree([
      node('a', '2026-01-01T00:00:00Z', 'b'),
      node('b', '2026-02-01T00:00:00Z', 'a'),
      node('c', '2026-03-01T00:00:00Z', 'gone'),
    ]);
    expect(tree.map((n) => n.adoption.id).sort()).toEqual(['a', 'b', 'c']);
  });
});
