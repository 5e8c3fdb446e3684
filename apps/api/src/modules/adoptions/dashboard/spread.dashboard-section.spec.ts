import { firstOf } from './spread.dashboard-section';

describe('firstOf', () => {
  const compare = (a: { n: number; t: string }, b: { n: number; t: string }) =>
    b.n - a.n || a.t.localeCompare(b.t);

  it('should give what sorting and slicing gives, ties kept in their order', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({
      n: (i * 7) % 5,
      t: `Practice ${(i * 13) % 17}`,
      i,
    }));
    for (const n of [0, 1, 3, 10, 250]) {
      expect(firstOf(items, n, compare)).toEqual([...items].sort(compare).slice(0, n));
    }
  });

  it('should give nothing for no items', () => {
    expect(firstOf([], 3, compare)).toEqual([]);
  });
});
