import { describe, expect, it } from '@jest/globals';

import { SQRT3, hexCentre, hexLabel, hexMapBounds, hexPoints } from './hex';

describe('hex layout (pointy-top, odd rows shifted half a hex right)', () => {
  const size = 10;
  const width = SQRT3 * size;

  it('should place even rows on the column grid and odd rows half a hex right', () => {
    expect(hexCentre({ col: 0, row: 0 }, size).x).toBeCloseTo(width / 2, 1);
    expect(hexCentre({ col: 1, row: 0 }, size).x).toBeCloseTo(width * 1.5, 1);
    expect(hexCentre({ col: 0, row: 1 }, size).x).toBeCloseTo(width, 1);
  });

  it('should space rows by one and a half sizes, north to south', () => {
    expect(hexCentre({ col: 0, row: 0 }, size).y).toBe(10);
    expect(hexCentre({ col: 0, row: 2 }, size).y).toBe(40);
  });

  it('should make neighbouring hexes touch: Black Country (1,1) next to Birmingham (2,1) and Staffordshire (1,0)', () => {
    const qua = hexCentre({ col: 1, row: 1 }, size);
    const qhl = hexCentre({ col: 2, row: 1 }, size);
    const qnc = hexCentre({ col: 1, row: 0 }, size);
    expect(Math.hypot(qhl.x - qua.x, qhl.y - qua.y)).toBeCloseTo(width, 1);
    expect(Math.hypot(qnc.x - qua.x, qnc.y - qua.y)).toBeCloseTo(width, 1);
  });

  it('should add the padding', () => {
    expect(hexCentre({ col: 0, row: 0 }, size, 5)).toEqual({
      x: Math.round((5 + width / 2) * 100) / 100,
      y: 15,
    });
  });

  it('should give six corners with one at the top and one at the bottom', () => {
    const corners = hexPoints({ x: 0, y: 0 }, 10)
      .split(' ')
      .map((p) => p.split(',').map(Number));
    expect(corners).toHaveLength(6);
    expect(corners.some(([x, y]) => x === 0 && y === -10)).toBe(true);
    expect(corners.some(([x, y]) => x === 0 && y === 10)).toBe(true);
  });

  it('should size the map to hold the widest odd row and the last row', () => {
    const bounds = hexMapBounds(
      [
        { col: 4, row: 0 },
        { col: 0, row: 1 },
        { col: 3, row: 2 },
      ],
      size,
    );
    expect(bounds.width).toBeCloseTo(5 * width, 1);
    expect(bounds.height).toBe(50);
    expect(hexMapBounds([], size, 4)).toEqual({ width: 8, height: 8 });
  });

  it('should shorten ICS names for the hex labels', () => {
    expect(hexLabel('Black Country')).toBe('BC');
    expect(hexLabel('Leicester, Leicestershire and Rutland')).toBe('LLR');
    expect(hexLabel('Staffordshire and Stoke-on-Trent')).toBe('SS');
    expect(hexLabel('Lincolnshire')).toBe('Lincs');
    expect(hexLabel('Northamptonshire')).toBe('Northants');
  });
});
