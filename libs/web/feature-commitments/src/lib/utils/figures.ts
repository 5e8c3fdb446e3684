/** A current outcome figure someone may cite as evidence, with what it belongs to. */
export interface CitableFigure {
  id: string;
  value: number;
  qualifier: string | null;
  cumulative: boolean;
  measuredOn: string;
  periodStart: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  metricLabel: string;
  unit: string;
  /** The case study, or "organisation: case study" for an adoption. */
  ownerTitle: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function day(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function amount(value: number, unit: string): string {
  const n = value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  if (unit === 'GBP') return `£${n}`;
  if (unit === 'percent') return `${n}%`;
  return unit ? `${n} ${unit}` : n;
}

/** "value, metric, period, source", as the commitment page shows a cited figure. */
export function describeFigure(f: Omit<CitableFigure, 'id' | 'ownerTitle'>): string {
  const value = `${f.qualifier ? `${f.qualifier} ` : ''}${amount(f.value, f.unit)}`;
  const period = f.cumulative
    ? `running total to ${day(f.measuredOn)}`
    : f.periodStart
      ? `${day(f.periodStart)} to ${day(f.measuredOn)}`
      : `at ${day(f.measuredOn)}`;
  return `${value}, ${f.metricLabel}, ${period}, source: ${f.sourceTitle || f.sourceUrl || 'not given'}`;
}

interface Series {
  metric: { label: string; unit: string };
  measurements: {
    id: string;
    value: number;
    qualifier?: string | null;
    cumulative: boolean;
    measuredOn: string;
    periodStart?: string | null;
    sourceTitle?: string | null;
    sourceUrl?: string | null;
    supersededAt?: unknown;
    removedAt?: unknown;
  }[];
}

/** The current figures of some outcome series, newest first, labelled with their owner. */
export function currentFigures(ownerTitle: string, series: Series[]): CitableFigure[] {
  return series
    .flatMap((s) =>
      s.measurements
        .filter((m) => !m.supersededAt && !m.removedAt)
        .map((m) => ({
          id: m.id,
          value: m.value,
          qualifier: m.qualifier ?? null,
          cumulative: m.cumulative,
          measuredOn: m.measuredOn,
          periodStart: m.periodStart ?? null,
          sourceTitle: m.sourceTitle ?? null,
          sourceUrl: m.sourceUrl ?? null,
          metricLabel: s.metric.label,
          unit: s.metric.unit,
          ownerTitle,
        })),
    )
    .sort((a, b) => (a.measuredOn < b.measuredOn ? 1 : a.measuredOn > b.measuredOn ? -1 : 0));
}

/** Options for the figure select: "owner: value, metric, period, source" (at most `limit`). */
export function citableFigureOptions(
  figures: CitableFigure[],
  limit = 300,
): { value: string; text: string }[] {
  return figures
    .slice(0, limit)
    .map((f) => ({ value: f.id, text: `${f.ownerTitle}: ${describeFigure(f)}` }));
}
