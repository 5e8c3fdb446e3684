import { describe, expect, it } from '@jest/globals';

import {
  formatPer100k,
  formatPopulation,
  notComparableReasons,
  populationSources,
} from './comparison';

const CENSUS = 'ONS Census 2021 usual resident population';

describe('comparison formatting', () => {
  describe('formatPer100k', () => {
    it('should show up to two decimals when the value was normalised', () => {
      expect(formatPer100k({ per100k: 12.36 })).toBe('12.36');
      expect(formatPer100k({ per100k: 2.2 })).toBe('2.2');
      expect(formatPer100k({ per100k: 1234.5 })).toBe('1,234.5');
    });

    it('should say the population is not known when it was not', () => {
      expect(formatPer100k({ per100k: null })).toBe('Population not known');
    });
  });

  describe('formatPopulation', () => {
    it('should group thousands or say not known', () => {
      expect(formatPopulation(1_213_200)).toBe('1,213,200');
      expect(formatPopulation(null)).toBe('Not known');
    });
  });

  describe('populationSources', () => {
    it('should list each source once, only for count metrics with a known population', () => {
      expect(
        populationSources([
          {
            metric: { perPopulation: true },
            entries: [
              { population: 1_213_200, ics: { populationSource: CENSUS } },
              { population: 1_361_100, ics: { populationSource: CENSUS } },
              { population: null, ics: { populationSource: null } },
            ],
          },
          {
            metric: { perPopulation: false },
            entries: [{ population: 10, ics: { populationSource: 'A rate: never used' } }],
          },
        ]),
      ).toEqual([CENSUS]);
    });

    it('should be empty when nothing was normalised', () => {
      expect(populationSources([])).toEqual([]);
    });
  });
});

describe('like with like', () => {
  it('should say a running total cannot be compared, and list each reason once', () => {
    expect(formatPer100k({ per100k: null, comparable: false })).toBe('Cannot be compared');
    const reason =
      "These figures cannot be compared: the origin's is a running total since 2019, the adopter's is for one quarter.";
    expect(
      notComparableReasons([
        { notComparableReason: null },
        { notComparableReason: reason },
        { notComparableReason: reason },
      ]),
    ).toEqual([reason]);
  });
});
