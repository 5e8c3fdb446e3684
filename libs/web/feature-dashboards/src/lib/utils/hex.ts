/**
 * Layout of the schematic hex map (mapHex in the reference data): pointy-top hexes, odd rows
 * shifted half a hex right; columns west to east, rows north to south.
 */

export interface HexCell {
  col: number;
  row: number;
}

export const SQRT3 = Math.sqrt(3);

/** Centre of a hex of circumradius `size` (centre to corner), with `padding` round the map. */
export function hexCentre(cell: HexCell, size: number, padding = 0): { x: number; y: number } {
  const width = SQRT3 * size;
  const shift = cell.row % 2 === 1 ? width / 2 : 0;
  return {
    x: round(padding + width / 2 + cell.col * width + shift),
    y: round(padding + size + cell.row * 1.5 * size),
  };
}

/** The six corners of a pointy-top hex, as an SVG `points` attribute (top corner last). */
export function hexPoints(centre: { x: number; y: number }, size: number): string {
  const corners: string[] = [];
  for (let k = 0; k < 6; k++) {
    const angle = ((60 * k - 30) * Math.PI) / 180;
    corners.push(
      `${round(centre.x + size * Math.cos(angle))},${round(centre.y + size * Math.sin(angle))}`,
    );
  }
  return corners.join(' ');
}

/** The viewBox that holds every cell, with `padding` on each side. */
export function hexMapBounds(
  cells: ReadonlyArray<HexCell>,
  size: number,
  padding = 0,
): { width: number; height: number } {
  if (cells.length === 0) return { width: 2 * padding, height: 2 * padding };
  const width = SQRT3 * size;
  const right = Math.max(...cells.map((c) => c.col * width + (c.row % 2 === 1 ? width / 2 : 0)));
  const bottom = Math.max(...cells.map((c) => c.row * 1.5 * size));
  return {
    width: round(right + width + 2 * padding),
    height: round(bottom + 2 * size + 2 * padding),
  };
}

/** A short label for a hex: initials of the ICS's significant words, e.g. "B&S", "LLR", "Lincs". */
export function hexLabel(shortName: string): string {
  const known: Record<string, string> = {
    Lincolnshire: 'Lincs',
    Northamptonshire: 'Northants',
  };
  if (known[shortName]) return known[shortName];
  const words = shortName
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !['and', 'on', 'the', 'of'].includes(w.toLowerCase()));
  if (words.length === 1) return words[0].slice(0, 6);
  return words.map((w) => w.charAt(0).toUpperCase()).join('');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
