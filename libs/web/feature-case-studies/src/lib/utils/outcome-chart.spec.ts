import { describe, expect, it } from '@jest/globals';

import {
  CHART_HEIGHT,
  chartGeometry,
  chartSummary,
  chronological,
  hasTrend,
} from './outcome-chart';

const points = [
  { measuredOn: '2025-09-30', value: 12 },
  { measuredOn: '2024-01-31', value: 4 },
  { measuredOn: '2025-01-31', value: 8 },
];

describe('hasTrend', () => {
  it('should need two or more dated figures', () => {
    expect(hasTrend([])).toBe(false);
    expect(hasTrend([points[0]])).toBe(false);
    expect(hasTrend(points.slice(0, 2))).toBe(true);
  });
});

describe('chartGeometry', () => {
  it('should plot the figures oldest first, left to right, higher values higher up', () => {
    const g = chartGeometry(points, 'people');
    expect(g.points.map((p) => p.measuredOn)).toEqual(['2024-01-31', '2025-01-31', '2025-09-30']);
    expect(g.points[0].x).toBe(g.left);
    expect(g.points[2].x).toBe(g.right);
    expect(g.points[2].y).toBeLessThan(g.points[1].y);
    expect(g.points[2].y).toBe(g.top);
    expect(g.path).toMatch(/^M[\d.]+,[\d.]+ L[\d.]+,[\d.]+ L[\d.]+,[\d.]+$/);
    expect(g.yTicks.map((t) => t.label)).toEqual(['0 people', '12 people']);
    expect(g.xTicks.map((t) => t.label)).toEqual(['Jan 2024', 'Sept 2025']);
  });

  it('should cope with equal values and equal dates without dividing by zero', () => {
    const g = chartGeometry(
      [
        { measuredOn: '2025-01-01', value: 0 },
        { measuredOn: '2025-01-01', value: 0 },
      ],
      'GBP',
    );
    for (const p of g.points) {
      expect(Number.isFinite(p.x)).toBe(true);
      expect(p.y).toBeLessThanOrEqual(CHART_HEIGHT);
    }
  });
});

describe('chartSummary', () => {
  it('should say how the figure moved, with values, units and dates', () => {
    expect(chartSummary('Local residents into jobs', 'people', points)).toBe(
      'Local residents into jobs rose from 4 people on 31 January 2024 to 12 people on 30 September 2025 (3 figures).',
    );
    expect(
      chartSummary('Local spend', 'percent', [
        { measuredOn: '2024-01-01', value: 40 },
        { measuredOn: '2025-01-01', value: 35 },
      ]),
    ).toBe('Local spend fell from 40% on 1 January 2024 to 35% on 1 January 2025 (2 figures).');
    expect(chronological(points)[0].value).toBe(4);
  });
});
