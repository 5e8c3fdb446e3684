import { describe, expect, it } from '@jest/globals';

import { shortTitle, spreadCellView, spreadLegend } from './spread';

const cell = (overrides: Partial<Parameters<typeof spreadCellView>[0] & object> = {}) => ({
  isOrigin: false,
  furthestStage: null,
  adoptionId: null,
  adoptionCount: 0,
  ...overrides,
});

describe('spreadCellView', () => {
  const local = { slug: 'work4health', regionWide: false };
  const regional = { slug: 'thrive-into-work', regionWide: true };

  it('should label the origin, linking to nothing else than the case study', () => {
    expect(spreadCellView(cell({ isOrigin: true }), local)).toMatchObject({
      kind: 'origin',
      label: 'Origin',
      colour: 'purple',
    });
  });

  it('should label an adoption by its stage, coloured, and link the cell to the adoption', () => {
    expect(
      spreadCellView(
        cell({ furthestStage: 'PILOTING', adoptionId: 'abc', adoptionCount: 3 }),
        local,
      ),
    ).toEqual({
      kind: 'stage',
      label: 'Piloting',
      colour: 'blue',
      href: '/adoptions/abc',
      more: 2,
    });
  });

  it('should say Region-wide, not None, for a region-wide case study with no adoption in the ICS', () => {
    expect(spreadCellView(cell(), regional)).toMatchObject({
      kind: 'region-wide',
      label: 'Region-wide',
    });
    expect(spreadCellView(undefined, regional)).toMatchObject({ label: 'Region-wide' });
    expect(
      spreadCellView(
        cell({ furthestStage: 'EMBEDDED', adoptionId: 'x', adoptionCount: 1 }),
        regional,
      ),
    ).toMatchObject({ label: 'Embedded' });
    expect(spreadCellView(cell(), local)).toEqual({ kind: 'none', label: 'None', more: 0 });
  });

  it('should have a legend entry with words for every colour used', () => {
    const legend = spreadLegend();
    const labels = legend.map((e) => e.label);
    expect(labels).toEqual([
      'Origin',
      'Region-wide',
      'Exploring',
      'Planning',
      'Piloting',
      'Embedded',
      'Sustained',
      'Stopped',
      'None',
    ]);
    const colours = legend.filter((e) => e.colour).map((e) => e.colour);
    expect(new Set(colours).size).toBe(colours.length);
  });
});

describe('shortTitle', () => {
  it('should use the part before a colon, or the first words', () => {
    expect(shortTitle('Work4Health: sector-based work academy into NHS and care roles')).toBe(
      'Work4Health',
    );
    expect(shortTitle('Eye health workshops and screening in local schools')).toBe(
      'Eye health workshops…',
    );
    expect(shortTitle('Short title')).toBe('Short title');
  });
});
