import type { ReactElement } from 'react';

import type { ChartPoint } from '../utils/outcome-chart';
import { chartGeometry, chartSummary, hasTrend } from '../utils/outcome-chart';

export type OutcomeChartPoint = ChartPoint;

export interface OutcomeChartProps {
  /** The figures, in any order (drawn oldest first). */
  points: OutcomeChartPoint[];
  /** Id of the table that holds the same figures (the chart's full equivalent). */
  tableId: string;
  label: string;
  /** The metric's unit, for the axis labels and the summary ("people", "GBP", "percent"). */
  unit: string;
}

/**
 * A metric's trend as a line chart, drawn on the server as SVG (no script, no
 * external assets, no style attributes: colours come from NHS palette custom
 * properties through the `mic-chart__*` classes in globals.css). Its text
 * alternative says how the figure moved; the table it points to keeps every
 * figure. Shown once a metric has two or more figures.
 */
export function OutcomeChart({
  points,
  tableId,
  label,
  unit,
}: OutcomeChartProps): ReactElement | null {
  if (!hasTrend(points)) return null;
  const g = chartGeometry(points, unit);
  const summary = chartSummary(label, unit, points);
  const titleId = `${tableId}-chart-title`;
  const descId = `${tableId}-chart-desc`;
  return (
    <figure className="mic-chart nhsuk-u-margin-bottom-4" data-testid="outcome-chart">
      <svg
        viewBox={`0 0 ${g.width} ${g.height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        focusable="false"
        className="mic-chart__svg"
      >
        <title id={titleId}>{`Chart: ${label} over time`}</title>
        <desc id={descId}>{summary}</desc>
        <line className="mic-chart__axis" x1={g.left} y1={g.bottom} x2={g.right} y2={g.bottom} />
        <line className="mic-chart__axis" x1={g.left} y1={g.top} x2={g.left} y2={g.bottom} />
        {g.yTicks.map((t) => (
          <g key={`y-${t.y}`} aria-hidden="true">
            <line className="mic-chart__grid" x1={g.left} y1={t.y} x2={g.right} y2={t.y} />
            <text
              className="mic-chart__label"
              x={g.left - 8}
              y={t.y}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {t.label}
            </text>
          </g>
        ))}
        {g.xTicks.map((t) => (
          <text
            key={`x-${t.x}`}
            aria-hidden="true"
            className="mic-chart__label"
            x={t.x}
            y={g.bottom + 28}
            textAnchor={t.anchor}
          >
            {t.label}
          </text>
        ))}
        <path className="mic-chart__line" d={g.path} />
        {g.points.map((p, i) => (
          <circle
            key={`${p.measuredOn}-${i}`}
            className="mic-chart__point"
            cx={p.x}
            cy={p.y}
            r="6"
          />
        ))}
      </svg>
      <figcaption className="nhsuk-body-s">
        {summary} All the figures, with their sources, are in the{' '}
        <a href={`#${tableId}`}>table below</a>.
      </figcaption>
    </figure>
  );
}
