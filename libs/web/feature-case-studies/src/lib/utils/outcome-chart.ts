/**
 * Geometry and words for the evidence chart: a line through a metric's
 * figures in date order, drawn as server-rendered SVG. Pure, so it can be
 * tested without a DOM.
 */
import { formatDate, formatValue } from './case-study-params';

export interface ChartPoint {
  measuredOn: string;
  value: number;
}

export interface PlottedPoint extends ChartPoint {
  x: number;
  y: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** The plot area. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  points: PlottedPoint[];
  /** SVG path data of the line. */
  path: string;
  /** Labels on the value axis (lowest and highest). */
  yTicks: { y: number; label: string }[];
  /** Labels on the date axis (first and last). */
  xTicks: { x: number; label: string; anchor: 'start' | 'end' }[];
}

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 280;
const PAD = { left: 112, right: 24, top: 24, bottom: 48 };

const dayOf = (measuredOn: string): number =>
  new Date(`${measuredOn.slice(0, 10)}T00:00:00Z`).getTime();

const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The points oldest first (ties keep their order). */
export function chronological<T extends ChartPoint>(points: readonly T[]): T[] {
  return points
    .map((p, i) => ({ p, i }))
    .sort((a, b) => dayOf(a.p.measuredOn) - dayOf(b.p.measuredOn) || a.i - b.i)
    .map(({ p }) => p);
}

/** Whether a series gets a chart: two or more dated figures. */
export function hasTrend(points: readonly ChartPoint[]): boolean {
  return (
    points.filter((p) => Number.isFinite(p.value) && !Number.isNaN(dayOf(p.measuredOn))).length >= 2
  );
}

export function chartGeometry(points: readonly ChartPoint[], unit: string): ChartGeometry {
  const sorted = chronological(points.filter((p) => Number.isFinite(p.value)));
  const left = PAD.left;
  const right = CHART_WIDTH - PAD.right;
  const top = PAD.top;
  const bottom = CHART_HEIGHT - PAD.bottom;
  const times = sorted.map((p) => dayOf(p.measuredOn));
  const values = sorted.map((p) => p.value);
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const v0 = Math.min(0, ...values);
  const v1 = Math.max(0, ...values);
  const x = (t: number): number =>
    t1 === t0 ? (left + right) / 2 : left + ((t - t0) / (t1 - t0)) * (right - left);
  const y = (v: number): number =>
    v1 === v0 ? bottom : bottom - ((v - v0) / (v1 - v0)) * (bottom - top);
  const plotted = sorted.map((p, i) => ({
    ...p,
    x: round(x(times[i])),
    y: round(y(p.value)),
  }));
  const path = plotted.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join(' ');
  const yTicks =
    v1 === v0
      ? [{ y: round(bottom), label: formatValue(v0, unit) }]
      : [
          { y: round(bottom), label: formatValue(v0, unit) },
          { y: round(top), label: formatValue(v1, unit) },
        ];
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const xTicks: ChartGeometry['xTicks'] = first
    ? [{ x: left, label: MONTH_YEAR.format(dayOf(first.measuredOn)), anchor: 'start' }]
    : [];
  if (last && last !== first && t1 !== t0)
    xTicks.push({ x: right, label: MONTH_YEAR.format(dayOf(last.measuredOn)), anchor: 'end' });
  return {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    left,
    right,
    top,
    bottom,
    points: plotted,
    path,
    yTicks,
    xTicks,
  };
}

const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * The chart in words (its text alternative): how the figure moved from the
 * first to the latest, with dates, and how many figures there are.
 */
export function chartSummary(label: string, unit: string, points: readonly ChartPoint[]): string {
  const sorted = chronological(points.filter((p) => Number.isFinite(p.value)));
  if (sorted.length < 2) return '';
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const direction =
    last.value > first.value ? 'rose' : last.value < first.value ? 'fell' : 'stayed the same';
  const from = `${formatValue(first.value, unit)} on ${formatDate(first.measuredOn)}`;
  const to = `${formatValue(last.value, unit)} on ${formatDate(last.measuredOn)}`;
  const movement =
    direction === 'stayed the same'
      ? `stayed at ${formatValue(first.value, unit)} from ${formatDate(first.measuredOn)} to ${formatDate(last.measuredOn)}`
      : `${direction} from ${from} to ${to}`;
  return `${label} ${movement} (${sorted.length} figures).`;
}
