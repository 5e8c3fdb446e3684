const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Sep 2024" from "2024-09-12". */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** A figure as people read it: "more than 150 people", "£1,200,000", "about 45%". */
export function figureValueText(value: number, unit: string, qualifier: string | null): string {
  const number = value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  const amount =
    unit === 'GBP' ? `£${number}` : unit === 'percent' ? `${number}%` : `${number} ${unit}`;
  return qualifier?.trim() ? `${qualifier.trim()} ${amount}` : amount;
}

/** "1 Jul 2024 to 30 Sep 2024", "on 30 Sep 2024", or "running total to 1 Jan 2025". */
export function periodText(
  periodStart: string | null,
  measuredOn: string,
  cumulative: boolean,
): string {
  if (cumulative) return `Running total to ${shortDate(measuredOn)}`;
  if (periodStart) return `${shortDate(periodStart)} to ${shortDate(measuredOn)}`;
  return `On ${shortDate(measuredOn)}`;
}
