/**
 * Colour classes for the hex map: a colour-blind-safe sequential palette (ColorBrewer "Blues",
 * 5 classes), with equal-interval class ranges between the lowest and highest values.
 * The fills themselves live in globals.css (`.mic-hex--c1` … `--c5`, `--none`): the CSP refuses
 * style attributes.
 */

/** ColorBrewer Blues, 5 classes, lightest first (documented here; applied in CSS). */
export const BLUES_5 = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

export interface ColourClass {
  /** 1 (lightest) to 5 (darkest). */
  index: number;
  from: number;
  to: number;
}

/**
 * Up to `count` equal-interval classes covering the finite values; one class when they are all
 * equal, none without values.
 */
export function colourClasses(
  values: ReadonlyArray<number | null | undefined>,
  count = BLUES_5.length,
): ColourClass[] {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0) return [];
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  if (min === max) return [{ index: count, from: min, to: max }];
  const step = (max - min) / count;
  return Array.from({ length: count }, (_, i) => ({
    index: i + 1,
    from: min + step * i,
    to: i === count - 1 ? max : min + step * (i + 1),
  }));
}

/** The class (1–5) a value falls in (upper bounds inclusive of the last); null for no data. */
export function classOf(
  value: number | null | undefined,
  classes: ReadonlyArray<ColourClass>,
): number | null {
  if (value === null || value === undefined || !Number.isFinite(value) || classes.length === 0) {
    return null;
  }
  for (const c of classes) {
    if (value <= c.to) return c.index;
  }
  return classes[classes.length - 1].index;
}

/** Classes 4 and 5 are dark: their labels are drawn in white. */
export function isDarkClass(index: number | null): boolean {
  return index !== null && index >= 4;
}
