import { describe, expect, it } from '@jest/globals';
import { progressChart } from './progress';

const target = {
  value: 450,
  targetDate: '2023-03-31',
  baseline: 0,
  unit: 'people',
  metricLabel: 'People supported',
};

describe('progressChart', () => {
  it('should be null without any reported value', () => {
    expect(progressChart([{ reportedOn: '2022-07-31', progressValue: null }], target)).toBeNull();
  });

  it('should order the values oldest first and summarise them in words', () => {
    const chart = progressChart(
      [
        { reportedOn: '2023-01-31', progressValue: 300 },
        { reportedOn: '2022-07-31', progressValue: 120 },
        { reportedOn: '2022-10-31', progressValue: null },
      ],
      target,
    );
    expect(chart?.points).toEqual([
      { date: '2022-07-31', value: 120 },
      { date: '2023-01-31', value: 300 },
    ]);
    expect(chart?.max).toBe(500);
    expect(chart?.summary).toBe(
      'People supported: 300 people reported on 31 January 2023, 67% of the target of 450 people by 31 March 2023 (2 reported values, first 120 on 31 July 2022).',
    );
  });
});
