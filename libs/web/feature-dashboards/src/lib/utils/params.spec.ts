import { describe, expect, it } from '@jest/globals';

import {
  currentFinancialYear,
  filtersQuery,
  financialYearOptions,
  parseDashboardFilters,
  periodInput,
} from './params';

const NOW = new Date('2026-12-05T12:00:00Z');
const THEMES = ['EMPLOYMENT', 'PROCUREMENT'];

describe('financial years', () => {
  it('should start the financial year in April', () => {
    expect(currentFinancialYear(new Date('2026-03-31T12:00:00Z'))).toBe(2025);
    expect(currentFinancialYear(new Date('2026-04-01T12:00:00Z'))).toBe(2026);
  });

  it('should offer all years then 2015/16 to the current year', () => {
    const options = financialYearOptions(NOW);
    expect(options[0]).toEqual({ value: '', text: 'All years' });
    expect(options[1]).toEqual({ value: '2015', text: '2015/16' });
    expect(options[options.length - 1]).toEqual({ value: '2026', text: '2026/27' });
  });
});

describe('parseDashboardFilters', () => {
  it('should read a year, quarter, theme and measure', () => {
    const f = parseDashboardFilters(
      { fy: '2024', q: '2', theme: 'EMPLOYMENT', measure: 'outcomes.LOCAL_RESIDENTS_INTO_JOBS' },
      THEMES,
      NOW,
    );
    expect(f).toEqual({
      financialYear: 2024,
      quarter: 2,
      themeKey: 'EMPLOYMENT',
      measure: 'outcomes.LOCAL_RESIDENTS_INTO_JOBS',
      errors: [],
    });
    expect(periodInput(f)).toEqual({ financialYear: 2024, quarter: 2 });
    expect(filtersQuery(f)).toBe(
      '?measure=outcomes.LOCAL_RESIDENTS_INTO_JOBS&fy=2024&q=2&theme=EMPLOYMENT',
    );
  });

  it('should treat blanks as all years, whole year, all themes', () => {
    const f = parseDashboardFilters({ fy: '', q: '', theme: '' }, THEMES, NOW);
    expect(f.errors).toEqual([]);
    expect(periodInput(f)).toBeUndefined();
    expect(filtersQuery(f)).toBe('');
  });

  it('should report and ignore bad values, never throw', () => {
    const f = parseDashboardFilters(
      { fy: '1999', q: '9', theme: 'NOPE', measure: '<script>' },
      THEMES,
      NOW,
    );
    expect(f.financialYear).toBeNull();
    expect(f.quarter).toBeNull();
    expect(f.themeKey).toBeNull();
    expect(f.measure).toBeNull();
    expect(f.errors.map((e) => e.field)).toEqual(['fy', 'q', 'theme', 'measure']);
  });

  it('should refuse a future year, and a quarter without a year', () => {
    expect(parseDashboardFilters({ fy: '2027' }, THEMES, NOW).errors[0].field).toBe('fy');
    const f = parseDashboardFilters({ q: '3' }, THEMES, NOW);
    expect(f.quarter).toBeNull();
    expect(f.errors).toEqual([
      { field: 'q', message: 'Choose a financial year to see one quarter' },
    ]);
  });

  it('should take the first of repeated parameters', () => {
    expect(parseDashboardFilters({ fy: ['2023', '2024'] }, THEMES, NOW).financialYear).toBe(2023);
  });
});
