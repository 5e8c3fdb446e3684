/** Number formatting for dashboard figures: units, thousands separators and "at least". */

const MAX_DECIMALS: Record<string, number> = { GBP: 0, percent: 1, tCO2e: 1 };

function grouped(value: number, maxDecimals: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: maxDecimals }).format(value);
}

/**
 * A value in its unit: "£12,345" for GBP, "12.5%" for percent, "3.2 tCO2e", "1,234 people";
 * "No data" when null. `atLeast` prefixes "at least" (a "more than" figure went into it).
 */
export function formatMeasureValue(
  value: number | null | undefined,
  unit: string,
  atLeast = false,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'No data';
  const prefix = atLeast ? 'at least ' : '';
  const decimals = MAX_DECIMALS[unit] ?? (Number.isInteger(value) ? 0 : 1);
  const sign = value < 0 ? '-' : '';
  const number = grouped(Math.abs(value), decimals);
  switch (unit) {
    case 'GBP':
      return `${prefix}${sign}£${number}`;
    case 'percent':
      return `${prefix}${sign}${number}%`;
    case 'count':
    case '':
      return `${prefix}${sign}${number}`;
    default:
      return `${prefix}${sign}${number} ${unit}`;
  }
}

/** A bare number with separators (no unit), e.g. for table cells; "—" when null. */
export function formatNumber(value: number | null | undefined, maxDecimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return grouped(value, maxDecimals);
}

/** "12.3 per 100,000 residents"; null when there is no rate. */
export function formatPer100k(per100k: number | null | undefined, atLeast = false): string | null {
  if (per100k === null || per100k === undefined || !Number.isFinite(per100k)) return null;
  return `${atLeast ? 'at least ' : ''}${grouped(per100k, 1)} per 100,000 residents`;
}

/** "n = 12" (how many records a total was computed from). */
export function formatBasis(basis: number): string {
  return `n = ${grouped(basis, 0)}`;
}

/** Axis and tick labels in a unit, kept short: £1.2m, £15k, 40%, 1,200. */
export function formatTick(value: number, unit: string): string {
  const abs = Math.abs(value);
  const short =
    abs >= 1_000_000
      ? `${grouped(value / 1_000_000, 1)}m`
      : abs >= 10_000
        ? `${grouped(value / 1_000, 0)}k`
        : grouped(value, 1);
  if (unit === 'GBP') return value < 0 ? `-£${short.slice(1)}` : `£${short}`;
  if (unit === 'percent') return `${short}%`;
  return short;
}

/** Human name of a unit for axis titles. */
export function unitLabel(unit: string): string {
  switch (unit) {
    case 'GBP':
      return 'Pounds (£)';
    case 'percent':
      return 'Per cent (%)';
    case 'tCO2e':
      return 'Tonnes of CO2 equivalent';
    case 'count':
      return 'Number';
    default:
      return unit.charAt(0).toUpperCase() + unit.slice(1);
  }
}
