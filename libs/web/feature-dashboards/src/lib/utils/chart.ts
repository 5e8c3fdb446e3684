/** Pure maths for the dashboard SVG charts: nice ticks, scales and bar/line geometry. */

export interface ChartSeriesInput {
  label: string;
  values: ReadonlyArray<number | null>;
}

/** A "nice" step (1, 2 or 5 × 10^n) so that about `count` steps cover `span`. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / magnitude;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * magnitude;
}

/**
 * Ticks from a nice minimum (0, or below the lowest negative value) to a nice maximum covering
 * every value; all zeros or no values give 0 to 1.
 */
export function niceTicks(values: ReadonlyArray<number | null>, count = 5): number[] {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const min = Math.min(0, ...finite);
  const max = Math.max(0, ...finite);
  if (max === min) return [0, 1];
  const step = niceStep(max - min, count);
  const start = Math.floor(min / step) * step;
  const end = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let i = 0; start + i * step <= end + step / 1e6; i++) {
    ticks.push(Number((start + i * step).toPrecision(12)));
  }
  return ticks;
}

/** A linear scale from [d0, d1] onto [r0, r1]. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d1 === d0) return () => r0;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

export interface ChartFrame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const DEFAULT_FRAME: ChartFrame = {
  width: 640,
  height: 360,
  left: 80,
  right: 620,
  top: 20,
  bottom: 290,
};

export interface BarRect {
  series: number;
  category: number;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
}

export interface ChartGeometry {
  frame: ChartFrame;
  yTicks: { value: number; y: number }[];
  /** Category label positions (centre of each band, or each point for lines). */
  xLabels: { label: string; x: number }[];
  /** y of the zero line. */
  zeroY: number;
}

function axes(
  categories: ReadonlyArray<string>,
  series: ReadonlyArray<ChartSeriesInput>,
  frame: ChartFrame,
  centres: (i: number) => number,
): ChartGeometry & { y: (v: number) => number } {
  const ticks = niceTicks(series.flatMap((s) => s.values));
  const y = linearScale(ticks[0], ticks[ticks.length - 1], frame.bottom, frame.top);
  return {
    frame,
    y,
    yTicks: ticks.map((value) => ({ value, y: y(value) })),
    xLabels: categories.map((label, i) => ({ label, x: centres(i) })),
    zeroY: y(0),
  };
}

/** Grouped bars: one band per category, one bar per series in it; nulls draw no bar. */
export function barGeometry(
  categories: ReadonlyArray<string>,
  series: ReadonlyArray<ChartSeriesInput>,
  frame: ChartFrame = DEFAULT_FRAME,
): ChartGeometry & { bars: BarRect[] } {
  const band = (frame.right - frame.left) / Math.max(1, categories.length);
  const inner = band * 0.8;
  const barWidth = inner / Math.max(1, series.length);
  const g = axes(categories, series, frame, (i) => frame.left + band * i + band / 2);
  const bars: BarRect[] = [];
  series.forEach((s, si) => {
    categories.forEach((_, ci) => {
      const value = s.values[ci];
      if (value === null || value === undefined || !Number.isFinite(value)) return;
      const top = g.y(Math.max(0, value));
      const bottom = g.y(Math.min(0, value));
      bars.push({
        series: si,
        category: ci,
        x: frame.left + band * ci + (band - inner) / 2 + barWidth * si,
        y: top,
        width: barWidth,
        height: Math.max(0, bottom - top),
        value,
      });
    });
  });
  const { y: _y, ...rest } = g;
  return { ...rest, bars };
}

/** Lines: one path per series through its points; a null breaks the line. */
export function lineGeometry(
  categories: ReadonlyArray<string>,
  series: ReadonlyArray<ChartSeriesInput>,
  frame: ChartFrame = DEFAULT_FRAME,
): ChartGeometry & {
  lines: { series: number; path: string; points: { x: number; y: number; value: number }[] }[];
} {
  const step =
    categories.length > 1 ? (frame.right - frame.left - 40) / (categories.length - 1) : 0;
  const x = (i: number) =>
    categories.length > 1 ? frame.left + 20 + step * i : (frame.left + frame.right) / 2;
  const g = axes(categories, series, frame, x);
  const lines = series.map((s, si) => {
    const points: { x: number; y: number; value: number }[] = [];
    let path = '';
    let pen = false;
    categories.forEach((_, ci) => {
      const value = s.values[ci];
      if (value === null || value === undefined || !Number.isFinite(value)) {
        pen = false;
        return;
      }
      const px = Number(x(ci).toFixed(2));
      const py = Number(g.y(value).toFixed(2));
      path += `${pen ? 'L' : 'M'}${px} ${py} `;
      pen = true;
      points.push({ x: px, y: py, value });
    });
    return { series: si, path: path.trim(), points };
  });
  const { y: _y, ...rest } = g;
  return { ...rest, lines };
}
