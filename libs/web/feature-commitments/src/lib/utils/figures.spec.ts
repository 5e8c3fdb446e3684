import { describe, expect, it } from '@jest/globals';

import { citableFigureOptions, currentFigures, describeFigure } from './figures';

const series = [
  {
    metric: { label: 'Local residents into jobs', unit: 'people' },
    measurements: [
      {
        id: 'a',
        value: 150,
        qualifier: 'more than',
        cumulative: true,
        measuredOn: '2025-03-31',
        sourceTitle: 'Annual report',
      },
      {
        id: 'b',
        value: 12,
        cumulative: false,
        measuredOn: '2025-06-30',
        periodStart: '2025-04-01',
        sourceUrl: 'https://example.org/q1',
      },
      { id: 'old', value: 10, cumulative: false, measuredOn: '2025-09-30', supersededAt: 'x' },
    ],
  },
];

describe('citable figures', () => {
  it('should keep current figures only, newest first, labelled with their owner', () => {
    const figures = currentFigures('Jobs practice', series);
    expect(figures.map((f) => f.id)).toEqual(['b', 'a']);
    expect(citableFigureOptions(figures)).toEqual([
      {
        value: 'b',
        text: 'Jobs practice: 12 people, Local residents into jobs, 1 Apr 2025 to 30 Jun 2025, source: https://example.org/q1',
      },
      {
        value: 'a',
        text: 'Jobs practice: more than 150 people, Local residents into jobs, running total to 31 Mar 2025, source: Annual report',
      },
    ]);
  });

  it('should format money and points in time', () => {
    expect(
      describeFigure({
        value: 2500,
        qualifier: null,
        cumulative: false,
        measuredOn: '2024-12-01',
        periodStart: null,
        sourceTitle: null,
        sourceUrl: null,
        metricLabel: 'Social value',
        unit: 'GBP',
      }),
    ).toBe('£2,500, Social value, at 1 Dec 2024, source: not given');
  });
});
