import { midlands } from './midlands-data';

/** docs/reference-data.md lists the local authority breakdown behind each figure. */
const CENSUS_2021: Record<string, number> = {
  QHL: 1_144_900 + 216_200,
  QUA: 323_500 + 341_900 + 284_100 + 263_700,
  QWU: 345_300 + 596_800,
  QGH: 187_100 + 603_900,
  QOC: 323_600 + 185_600,
  QNC: 876_100 + 258_400,
  QJ2: 261_400 + 794_800,
  QK1: 368_600 + 712_300 + 41_000,
  QJM: 768_400,
  QPM: 359_500 + 425_700,
  QT1: 323_700 + 824_800,
};

describe('midlands reference data', () => {
  describe('ICS populations', () => {
    it('should give every ICS its Census 2021 population with the source', () => {
      expect(midlands.icss).toHaveLength(11);
      for (const ics of midlands.icss) {
        expect({ odsCode: ics.odsCode, population: ics.population }).toEqual({
          odsCode: ics.odsCode,
          population: CENSUS_2021[ics.odsCode],
        });
        expect(ics.populationSource).toBe(
          "ONS Census 2021 usual resident population, sum of the ICB's local authorities (published 28 June 2022)",
        );
      }
    });

    it('should add up to 10,831,300, consistent with the region population', () => {
      const total = midlands.icss.reduce((sum, ics) => sum + ics.population, 0);
      expect(total).toBe(10_831_300);
      expect(Math.abs(total - midlands.region.population)).toBeLessThan(50_000);
    });
  });

  describe('hex map positions', () => {
    it('should place every ICS on its own hex, west to east and north to south', () => {
      const cells = midlands.icss.map((ics) => `${ics.mapHex.col},${ics.mapHex.row}`);
      expect(new Set(cells).size).toBe(11);
      const at = (odsCode: string) => midlands.icss.find((ics) => ics.odsCode === odsCode)!.mapHex;
      expect(at('QOC').col).toBeLessThan(at('QJM').col);
      expect(at('QNC').row).toBeLessThan(at('QGH').row);
      expect(midlands.mapHexAbout).toMatch(/pointy-top/);
    });
  });
});
