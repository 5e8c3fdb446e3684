import { formatDay, formatNumber } from './rag';

export interface ProgressPoint {
  date: string;
  value: number;
}

export interface ProgressChartModel {
  points: ProgressPoint[];
  target: number;
  targetDate: string;
  baseline: number | null;
  unit: string;
  /** The chart in words. */
  summary: string;
  /** SVG geometry: the y-axis maximum and a few ticks. */
  max: number;
  ticks: number[];
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}

/**
 * The progress reported towards a target, oldest first (updates without a
 * value are left out), with a summary in words.
 */
export function progressChart(
  updates: ReadonlyArray<{ reportedOn: string; progressValue?: number | null }>,
  target: {
    value: number;
    targetDate: string;
    baseline?: number | null;
    unit: string;
    metricLabel: string;
  },
): ProgressChartModel | null {
  const points = updates
    .filter(
      (u): u is { reportedOn: string; progressValue: number } =>
        typeof u.progressValue === 'number',
    )
    .map((u) => ({ date: u.reportedOn, value: u.progressValue }))
    .sort((a, b) => a.date.localeCompare(b.date));
  if (!points.length) return null;
  const latest = points[points.length - 1];
  const max = niceMax(Math.max(target.value, ...points.map((p) => p.value), target.baseline ?? 0));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(max * f * 100) / 100);
  const pct = target.value > 0 ? Math.round((latest.value / target.value) * 100) : null;
  const unit = target.unit ? ` ${target.unit}` : '';
  const summary =
    `${target.metricLabel}: ${formatNumber(latest.value)}${unit} reported on ${formatDay(latest.date)}` +
    `${pct !== null ? `, ${pct}% of the target of ${formatNumber(target.value)}${unit}` : ''}` +
    ` by ${formatDay(target.targetDate)}` +
    `${points.length > 1 ? ` (${points.length} reported values, first ${formatNumber(points[0].value)} on ${formatDay(points[0].date)})` : ''}.`;
  return {
    points,
    target: target.value,
    targetDate: target.targetDate,
    baseline: target.baseline ?? null,
    unit: target.unit,
    summary,
    max,
    ticks,
  };
}
