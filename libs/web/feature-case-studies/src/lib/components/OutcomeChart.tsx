import type { ReactElement } from 'react';

export interface OutcomeChartPoint {
  measuredOn: string;
  value: number;
}

export interface OutcomeChartProps {
  /** Points oldest first. */
  points: OutcomeChartPoint[];
  /** Id of the table that holds the same figures (the accessible equivalent). */
  tableId: string;
  label: string;
}

const WIDTH = 480;
const HEIGHT = 160;
const PAD = 24;

/**
 * A small trend line drawn as inline SVG (no script, no external assets). It is
 * hidden from assistive technology: the table it points to carries the same
 * figures.
 */
export function OutcomeChart({ points, tableId, label }: OutcomeChartProps): ReactElement | null {
  if (points.length < 2) return null;
  const times = points.map((p) => new Date(`${p.measuredOn}T00:00:00Z`).getTime());
  const values = points.map((p) => p.value);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [v0, v1] = [Math.min(0, ...values), Math.max(...values)];
  const x = (t: number) => PAD + ((t - t0) / Math.max(1, t1 - t0)) * (WIDTH - 2 * PAD);
  const y = (v: number) => HEIGHT - PAD - ((v - v0) / Math.max(1e-9, v1 - v0)) * (HEIGHT - 2 * PAD);
  const path = points
    .map((p, i) => `${i ? 'L' : 'M'}${x(times[i]).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  return (
    <figure className="nhsuk-u-margin-bottom-3">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-hidden="true"
        focusable="false"
        className="mic-outcome-chart"
      >
        <line
          x1={PAD}
          y1={HEIGHT - PAD}
          x2={WIDTH - PAD}
          y2={HEIGHT - PAD}
          stroke="currentColor"
          strokeWidth="1"
        />
        <path d={path} fill="none" stroke="currentColor" strokeWidth="3" />
        {points.map((p, i) => (
          <circle
            key={`${p.measuredOn}-${i}`}
            cx={x(times[i])}
            cy={y(p.value)}
            r="4"
            fill="currentColor"
          />
        ))}
      </svg>
      <figcaption className="nhsuk-body-s">
        Trend of {label}. The figures are in the <a href={`#${tableId}`}>table below</a>.
      </figcaption>
    </figure>
  );
}
