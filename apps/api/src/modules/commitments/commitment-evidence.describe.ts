/** What the commitment page shows for a measurement cited as evidence. */
export interface MeasurementFacts {
  value: number;
  qualifier: string | null;
  cumulative: boolean;
  measuredOn: string;
  periodStart: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  metricLabel: string;
  unit: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2025-03-31 → 31 Mar 2025 (no locale data needed). */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function amount(value: number, unit: string): string {
  const n = value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  if (unit === 'GBP') return `£${n}`;
  if (unit === 'percent') return `${n}%`;
  return unit ? `${n} ${unit}` : n;
}

/**
 * "value, metric, period, source", as the figure stood when it was cited:
 * e.g. "more than 150 people, Local residents into jobs, 1 Apr 2024 to
 * 31 Mar 2025, source: Annual report 2025". At most 300 characters.
 */
export function describeMeasurement(m: MeasurementFacts): string {
  const value = `${m.qualifier ? `${m.qualifier} ` : ''}${amount(m.value, m.unit)}`;
  const period = m.cumulative
    ? `running total to ${shortDate(m.measuredOn)}`
    : m.periodStart
      ? `${shortDate(m.periodStart)} to ${shortDate(m.measuredOn)}`
      : `at ${shortDate(m.measuredOn)}`;
  const source = `source: ${m.sourceTitle?.trim() || m.sourceUrl?.trim() || 'not given'}`;
  const text = `${value}, ${m.metricLabel}, ${period}, ${source}`;
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
