import { describe, expect, it } from '@jest/globals';

import { londonToday, parseDateParts, readDateParts } from './date-parts';

const opts = { what: 'the date the figure applies to', notAfter: '2026-12-04' };

describe('parseDateParts', () => {
  it('should join a real date into YYYY-MM-DD', () => {
    expect(parseDateParts({ day: '30', month: '9', year: '2025' }, opts)).toEqual({
      ok: true,
      value: '2025-09-30',
    });
    expect(parseDateParts({ day: '1', month: 'feb', year: '2024' }, opts)).toEqual({
      ok: true,
      value: '2024-02-01',
    });
  });

  it('should say "must be a real date" for 31/11/2026 and 29/2/2025', () => {
    expect(parseDateParts({ day: '31', month: '11', year: '2026' }, opts)).toEqual({
      ok: false,
      message: 'Date must be a real date',
      parts: ['day', 'month', 'year'],
    });
    expect(parseDateParts({ day: '29', month: '2', year: '2025' }, opts)).toMatchObject({
      ok: false,
      message: 'Date must be a real date',
    });
    expect(parseDateParts({ day: '12', month: '13', year: '2025' }, opts)).toEqual({
      ok: false,
      message: 'Date must be a real date',
      parts: ['month'],
    });
  });

  it('should ask for the date when blank and name the missing parts otherwise', () => {
    expect(parseDateParts({ day: '', month: ' ', year: '' }, opts)).toEqual({
      ok: false,
      message: 'Enter the date the figure applies to',
      parts: ['day', 'month', 'year'],
    });
    expect(parseDateParts({ day: '3', month: '', year: '2025' }, opts)).toEqual({
      ok: false,
      message: 'Date must include a month',
      parts: ['month'],
    });
    expect(parseDateParts({ day: '', month: '', year: '2025' }, opts)).toEqual({
      ok: false,
      message: 'Date must include a day and month',
      parts: ['day', 'month'],
    });
  });

  it('should want a 4-digit year, and refuse a date after the latest allowed', () => {
    expect(parseDateParts({ day: '3', month: '4', year: '25' }, opts)).toMatchObject({
      message: 'Year must include 4 numbers',
      parts: ['year'],
    });
    expect(parseDateParts({ day: '5', month: '12', year: '2026' }, opts)).toMatchObject({
      message: 'Date must be today or in the past',
    });
    expect(parseDateParts({ day: '4', month: '12', year: '2026' }, opts)).toMatchObject({
      ok: true,
    });
  });

  it('should read the parts of a posted date input', () => {
    const form = new FormData();
    form.set('measuredOn-day', ' 31 ');
    form.set('measuredOn-month', '11');
    form.set('measuredOn-year', '2026');
    expect(readDateParts(form, 'measuredOn')).toEqual({ day: '31', month: '11', year: '2026' });
  });
});

describe('londonToday', () => {
  it('should give the Europe/London date, not the UTC one, late on a summer evening', () => {
    expect(londonToday(new Date('2026-07-31T23:30:00Z'))).toBe('2026-08-01');
    expect(londonToday(new Date('2026-01-31T23:30:00Z'))).toBe('2026-01-31');
  });
});
