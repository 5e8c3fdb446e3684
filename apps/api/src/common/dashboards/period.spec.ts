import { periodChoiceError, periodLabel, periodOf, quarterOf, trendQuarters } from './period';

const now = new Date('2026-12-04T12:00:00Z');

describe('dashboard periods', () => {
  it('should cover a financial year from 1 April to the next 1 April', () => {
    const p = periodOf({ financialYear: 2024, quarter: null });
    expect(p.from.toISOString()).toBe('2024-04-01T00:00:00.000Z');
    expect(p.to.toISOString()).toBe('2025-04-01T00:00:00.000Z');
  });

  it('should cover Q4 from January to March of the next calendar year', () => {
    const p = periodOf({ financialYear: 2024, quarter: 4 });
    expect(p.from.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(p.to.toISOString()).toBe('2025-04-01T00:00:00.000Z');
    expect(periodLabel({ financialYear: 2024, quarter: 4 })).toBe('2024/25 Q4 (Jan to Mar 2025)');
    expect(periodLabel({ financialYear: 2024, quarter: 1 })).toBe('2024/25 Q1 (Apr to Jun 2024)');
    expect(periodLabel({ financialYear: 2099, quarter: null })).toBe('2099/00');
    expect(periodLabel(null)).toBe('All years');
  });

  it('should place dates in their financial quarter', () => {
    expect(quarterOf('2025-03-31')).toEqual({ financialYear: 2024, quarter: 4 });
    expect(quarterOf('2025-04-01')).toEqual({ financialYear: 2025, quarter: 1 });
    expect(quarterOf('2024-09-30')).toEqual({ financialYear: 2024, quarter: 2 });
    expect(quarterOf('2024-12-01')).toEqual({ financialYear: 2024, quarter: 3 });
  });

  it('should refuse years outside the data and quarters other than 1 to 4', () => {
    expect(periodChoiceError({ financialYear: 2024, quarter: 2 }, now)).toBeNull();
    expect(periodChoiceError({ financialYear: 2026, quarter: null }, now)).toBeNull();
    expect(periodChoiceError({ financialYear: 2027, quarter: null }, now)).toMatch(
      /2015\/16 to 2026\/27/,
    );
    expect(periodChoiceError({ financialYear: 1999, quarter: null }, now)).toMatch(
      /financial year/,
    );
    expect(periodChoiceError({ financialYear: 2024, quarter: 5 }, now)).toMatch(/quarter/);
    expect(periodChoiceError({ financialYear: 2024, quarter: 0 }, now)).toMatch(/quarter/);
  });

  it('should draw trends over the quarters of the chosen period, or the last eight', () => {
    expect(trendQuarters({ financialYear: 2024, quarter: null }, now).map((q) => q.label)).toEqual([
      '2024/25 Q1',
      '2024/25 Q2',
      '2024/25 Q3',
      '2024/25 Q4',
    ]);
    const all = trendQuarters(null, now).map((q) => q.label);
    expect(all).toHaveLength(8);
    expect(all[0]).toBe('2024/25 Q4');
    expect(all[7]).toBe('2026/27 Q3');
  });
});
