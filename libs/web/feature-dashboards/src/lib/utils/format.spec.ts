import { describe, expect, it } from '@jest/globals';

import {
  formatBasis,
  formatMeasureValue,
  formatNumber,
  formatPer100k,
  formatTick,
  unitLabel,
} from './format';

describe('formatMeasureValue', () => {
  it('should put £ before GBP with thousands separators and no pence', () => {
    expect(formatMeasureValue(1234567.4, 'GBP')).toBe('£1,234,567');
  });

  it('should add % to percent with one decimal at most', () => {
    expect(formatMeasureValue(12.345, 'percent')).toBe('12.3%');
    expect(formatMeasureValue(40, 'percent')).toBe('40%');
  });

  it('should write other units after the number', () => {
    expect(formatMeasureValue(1200, 'people')).toBe('1,200 people');
    expect(formatMeasureValue(3.25, 'tCO2e')).toBe('3.3 tCO2e');
    expect(formatMeasureValue(7, 'count')).toBe('7');
  });

  it('should prefix "at least" when a "more than" figure went into the total', () => {
    expect(formatMeasureValue(150, 'people', true)).toBe('at least 150 people');
    expect(formatMeasureValue(20000, 'GBP', true)).toBe('at least £20,000');
  });

  it('should say "No data" for null, and keep the sign of negatives', () => {
    expect(formatMeasureValue(null, 'GBP', true)).toBe('No data');
    expect(formatMeasureValue(-1500, 'GBP')).toBe('-£1,500');
  });
});

describe('formatPer100k, formatBasis, formatNumber', () => {
  it('should write rates per 100,000 residents', () => {
    expect(formatPer100k(12.345)).toBe('12.3 per 100,000 residents');
    expect(formatPer100k(12, true)).toBe('at least 12 per 100,000 residents');
    expect(formatPer100k(null)).toBeNull();
  });

  it('should write n and plain numbers with separators, and a dash for none', () => {
    expect(formatBasis(12345)).toBe('n = 12,345');
    expect(formatNumber(1234.56)).toBe('1,234.6');
    expect(formatNumber(null)).toBe('—');
  });
});

describe('formatTick and unitLabel', () => {
  it('should shorten big ticks and keep the unit', () => {
    expect(formatTick(1_500_000, 'GBP')).toBe('£1.5m');
    expect(formatTick(20_000, 'GBP')).toBe('£20k');
    expect(formatTick(50, 'percent')).toBe('50%');
    expect(formatTick(2500, 'people')).toBe('2,500');
  });

  it('should name units for axis titles', () => {
    expect(unitLabel('GBP')).toBe('Pounds (£)');
    expect(unitLabel('people')).toBe('People');
  });
});
