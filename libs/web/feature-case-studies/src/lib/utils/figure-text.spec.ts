import { describe, expect, it } from '@jest/globals';

import { figureValueText, periodText, shortDate } from './figure-text';

describe('figure text', () => {
  it('should say the qualifier and the unit as people read them', () => {
    expect(figureValueText(150, 'people', 'more than')).toBe('more than 150 people');
    expect(figureValueText(1200000, 'GBP', null)).toBe('£1,200,000');
    expect(figureValueText(45.5, 'percent', ' about ')).toBe('about 45.5%');
    expect(figureValueText(3.25, 'tCO2e', '')).toBe('3.25 tCO2e');
  });

  it('should say which period a figure covers', () => {
    expect(shortDate('2024-09-30')).toBe('30 Sep 2024');
    expect(periodText('2024-07-01', '2024-09-30', false)).toBe('1 Jul 2024 to 30 Sep 2024');
    expect(periodText(null, '2024-09-30', false)).toBe('On 30 Sep 2024');
    expect(periodText(null, '2025-01-01', true)).toBe('Running total to 1 Jan 2025');
  });
});
