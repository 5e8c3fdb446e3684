import { describe, expect, it } from '@jest/globals';

import {
  figurePeriodText,
  figureValueText,
  outcomeFigureValues,
  parseNumber,
  parseOutcomeFigureForm,
  parseRemoveReason,
} from './outcome-figures';

const form = (fields: Record<string, string>): FormData => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
};
const date = (id: string, iso: string) => {
  const [y, m, d] = iso.split('-');
  return { [`${id}-day`]: d, [`${id}-month`]: m, [`${id}-year`]: y };
};
const OPTS = { metricKeys: ['LOCAL_RESIDENTS_INTO_JOBS'], today: '2026-12-05' };

describe('outcome figure form', () => {
  it('should read a period figure with a qualifier and source', () => {
    const r = parseOutcomeFigureForm(
      form({
        metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
        value: '1,200',
        qualifier: 'more than',
        coverage: 'PERIOD',
        ...date('periodStart', '2020-11-01'),
        ...date('periodEnd', '2022-07-31'),
        sourceTitle: 'Annual report',
      }),
      OPTS,
    );
    expect(r).toEqual({
      ok: true,
      reason: null,
      input: {
        metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
        value: 1200,
        qualifier: 'more than',
        cumulative: false,
        measuredOn: '2022-07-31',
        periodStart: '2020-11-01',
        baseline: null,
        sourceTitle: 'Annual report',
        sourceUrl: null,
        note: null,
      },
    });
  });

  it('should make a running total cumulative with no period start', () => {
    const r = parseOutcomeFigureForm(
      form({
        metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
        value: '150',
        coverage: 'RUNNING',
        ...date('runningTo', '2025-01-31'),
        sourceUrl: 'https://example.org/r',
      }),
      OPTS,
    );
    expect(r.ok && r.input).toMatchObject({
      cumulative: true,
      periodStart: null,
      measuredOn: '2025-01-31',
    });
  });

  it('should name every problem: metric, number, coverage, source', () => {
    const r = parseOutcomeFigureForm(form({ metricKey: 'NOPE', value: 'lots' }), OPTS);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual([
      'metricKey',
      'value',
      'coverage',
      'sourceTitle',
    ]);
  });

  it('should refuse a period that starts after it ends, a future date and a bad link', () => {
    const r = parseOutcomeFigureForm(
      form({
        metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
        value: '3',
        coverage: 'PERIOD',
        ...date('periodStart', '2024-05-01'),
        ...date('periodEnd', '2024-04-01'),
        sourceUrl: 'javascript:alert(1)',
      }),
      OPTS,
    );
    expect(!r.ok && r.errors.map((e) => e.message)).toEqual([
      'The period must start on or before the day it ends',
      'Source link must start with http:// or https://, like https://example.org/report',
    ]);
    const future = parseOutcomeFigureForm(
      form({
        metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
        value: '3',
        coverage: 'POINT',
        ...date('pointOn', '2027-01-01'),
        sourceTitle: 'x',
      }),
      OPTS,
    );
    expect(!future.ok && future.errors[0]).toMatchObject({
      field: 'pointOn',
      message: 'Date must be today or in the past',
    });
  });

  it('should start a correction from the saved figure', () => {
    expect(
      outcomeFigureValues({
        value: 120,
        qualifier: 'about',
        cumulative: false,
        measuredOn: '2025-03-31',
        periodStart: '2024-04-01',
      }),
    ).toMatchObject({
      value: '120',
      qualifier: 'about',
      coverage: 'PERIOD',
      'periodStart-day': '1',
      'periodEnd-month': '3',
      'periodEnd-year': '2025',
    });
  });

  it('should require a reason of at most 500 characters to remove', () => {
    expect(parseRemoveReason(form({ reason: '  ' }))).toEqual({
      ok: false,
      message: 'Say why the figure is being removed',
    });
    expect(parseRemoveReason(form({ reason: 'x'.repeat(501) })).ok).toBe(false);
    expect(parseRemoveReason(form({ reason: ' Counted twice ' }))).toEqual({
      ok: true,
      reason: 'Counted twice',
    });
  });
});

describe('figure text', () => {
  it('should say what a figure covers', () => {
    expect(
      figurePeriodText({ cumulative: false, periodStart: '2020-11-01', measuredOn: '2022-07-31' }),
    ).toBe('Nov 2020 to Jul 2022');
    expect(
      figurePeriodText({ cumulative: true, periodStart: null, measuredOn: '2025-01-31' }),
    ).toBe('to Jan 2025 (running total)');
    expect(figurePeriodText({ cumulative: false, measuredOn: '2025-03-31' })).toBe(
      'on 31 Mar 2025',
    );
  });

  it('should keep the qualifier with the value', () => {
    expect(figureValueText({ value: 150, qualifier: 'more than' }, 'people')).toBe('more than 150');
    expect(figureValueText({ value: 3500 }, 'GBP')).toBe('£3,500');
    expect(parseNumber('1,2')).toBeNull();
    expect(parseNumber('£3.5')).toBe(3.5);
  });
});
