import { describe, expect, it } from '@jest/globals';

import {
  DEFAULT_FRAME,
  barGeometry,
  lineGeometry,
  linearScale,
  niceStep,
  niceTicks,
} from './chart';

describe('niceStep and niceTicks', () => {
  it('should choose 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(100, 5)).toBe(20);
    expect(niceStep(7, 5)).toBe(2);
    expect(niceStep(0.9, 5)).toBe(0.2);
    expect(niceStep(45000, 5)).toBe(10000);
  });

  it('should start at zero and cover the largest value', () => {
    expect(niceTicks([12, 87, 40])).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('should reach below zero for negative values, and ignore nulls', () => {
    expect(niceTicks([-30, null, 50])).toEqual([-40, -20, 0, 20, 40, 60]);
  });

  it('should give 0 to 1 without values or with all zeros', () => {
    expect(niceTicks([])).toEqual([0, 1]);
    expect(niceTicks([0, null])).toEqual([0, 1]);
  });
});

describe('linearScale', () => {
  it('should map the domain onto the range, inverted for SVG y', () => {
    const y = linearScale(0, 100, 290, 20);
    expect(y(0)).toBe(290);
    expect(y(100)).toBe(20);
    expect(y(50)).toBe(155);
  });
});

describe('barGeometry', () => {
  it('should draw one bar per value with heights in proportion, and none for null', () => {
    const g = barGeometry(['Q1', 'Q2', 'Q3'], [{ label: 'People', values: [10, 20, null] }]);
    expect(g.bars).toHaveLength(2);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 5, 10, 15, 20]);
    const [a, b] = g.bars;
    expect(b.height).toBeCloseTo(a.height * 2);
    expect(a.y + a.height).toBeCloseTo(DEFAULT_FRAME.bottom);
    expect(g.xLabels.map((l) => l.label)).toEqual(['Q1', 'Q2', 'Q3']);
  });

  it('should put the bars of several series side by side in each band', () => {
    const g = barGeometry(
      ['Q1'],
      [
        { label: 'A', values: [5] },
        { label: 'B', values: [5] },
      ],
    );
    expect(g.bars[1].x).toBeCloseTo(g.bars[0].x + g.bars[0].width);
  });
});

describe('lineGeometry', () => {
  it('should move to the first point and break the line at a null', () => {
    const g = lineGeometry(['Q1', 'Q2', 'Q3', 'Q4'], [{ label: 'A', values: [0, 10, null, 10] }]);
    const line = g.lines[0];
    expect(line.points).toHaveLength(3);
    expect(line.path.match(/M/g)).toHaveLength(2);
    expect(line.path.startsWith(`M${DEFAULT_FRAME.left + 20} ${DEFAULT_FRAME.bottom}`)).toBe(true);
  });
});
