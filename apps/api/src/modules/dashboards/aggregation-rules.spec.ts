import { per100k } from './aggregation-rules';

describe('per 100,000 residents', () => {
  it('should scale a count to the population, to one decimal place', () => {
    // Hand-computed: 150 / 1,234,567 × 100,000 = 12.150…
    expect(per100k(150, 1_234_567)).toBe(12.2);
    expect(per100k(0, 1_000_000)).toBe(0);
  });

  it('should give nothing without a value or a known population', () => {
    expect(per100k(null, 1_000_000)).toBeNull();
    expect(per100k(150, null)).toBeNull();
    expect(per100k(150, 0)).toBeNull();
  });
});
