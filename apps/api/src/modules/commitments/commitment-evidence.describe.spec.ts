import { describeMeasurement, shortDate } from './commitment-evidence.describe';

const base = {
  value: 150,
  qualifier: null,
  cumulative: false,
  measuredOn: '2025-03-31',
  periodStart: '2024-04-01',
  sourceTitle: 'Annual report 2025',
  sourceUrl: null,
  metricLabel: 'Local residents into jobs',
  unit: 'people',
};

describe('describeMeasurement', () => {
  it('should read as value, metric, period and source', () => {
    expect(describeMeasurement({ ...base, qualifier: 'more than' })).toBe(
      'more than 150 people, Local residents into jobs, 1 Apr 2024 to 31 Mar 2025, source: Annual report 2025',
    );
  });

  it('should mark running totals and points in time, and format money and shares', () => {
    expect(
      describeMeasurement({
        ...base,
        cumulative: true,
        value: 1250000,
        unit: 'GBP',
        metricLabel: 'Social value',
      }),
    ).toBe('£1,250,000, Social value, running total to 31 Mar 2025, source: Annual report 2025');
    expect(
      describeMeasurement({
        ...base,
        periodStart: null,
        value: 42.5,
        unit: 'percent',
        sourceTitle: null,
        sourceUrl: 'https://example.org/r',
      }),
    ).toBe('42.5%, Local residents into jobs, at 31 Mar 2025, source: https://example.org/r');
  });

  it('should keep within 300 characters', () => {
    const text = describeMeasurement({ ...base, sourceTitle: 'x'.repeat(400) });
    expect(text.length).toBe(300);
    expect(text.endsWith('…')).toBe(true);
    expect(shortDate('2024-12-01')).toBe('1 Dec 2024');
  });
});
