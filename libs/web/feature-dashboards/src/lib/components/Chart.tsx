import { TableHead, TableScroll } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { barGeometry, lineGeometry } from '../utils/chart';
import { formatMeasureValue, formatTick, unitLabel } from '../utils/format';

export interface ChartView {
  caption: string;
  kind: string;
  unit: string;
  categories: ReadonlyArray<string>;
  series: ReadonlyArray<{ label: string; values: ReadonlyArray<number | null> }>;
  summary: string;
}

export interface ChartProps {
  chart: ChartView;
  id: string;
}

/** Line dashes and point shapes per series, so no meaning rests on colour alone. */
const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;

function marker(
  kind: (typeof MARKERS)[number],
  x: number,
  y: number,
  className: string,
): ReactElement {
  switch (kind) {
    case 'square':
      return <rect className={className} x={x - 5} y={y - 5} width={10} height={10} />;
    case 'triangle':
      return (
        <polygon
          className={className}
          points={`${x},${y - 6} ${x + 6},${y + 5} ${x - 6},${y + 5}`}
        />
      );
    case 'diamond':
      return (
        <polygon
          className={className}
          points={`${x},${y - 7} ${x + 7},${y} ${x},${y + 7} ${x - 7},${y}`}
        />
      );
    default:
      return <circle className={className} cx={x} cy={y} r={6} />;
  }
}

/**
 * A dashboard chart, drawn on the server as SVG (BAR or LINE; no chart library, no script):
 * role="img" named by its caption and summary, axis titles, series told apart by pattern and
 * marker shape as well as colour, and the same numbers in a table right after it.
 */
export function Chart({ chart, id }: ChartProps): ReactElement {
  const isLine = chart.kind.toUpperCase() === 'LINE';
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const tableId = `${id}-table`;
  const bars = isLine ? null : barGeometry(chart.categories, chart.series);
  const lines = isLine ? lineGeometry(chart.categories, chart.series) : null;
  const g = (bars ?? lines)!;
  const f = g.frame;
  const many = chart.series.length > 1;
  return (
    <div className="mic-dashboard-chart" data-testid="dashboard-chart">
      <figure className="mic-chart nhsuk-u-margin-bottom-3">
        <svg
          viewBox={`0 0 ${f.width} ${f.height}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          focusable="false"
          className="mic-chart__svg"
        >
          <title id={titleId}>{`Chart: ${chart.caption}`}</title>
          <desc id={descId}>{chart.summary}</desc>
          <defs>
            <pattern
              id={`${id}-hatch`}
              width="8"
              height="8"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <line className="mic-chart__hatch" x1="0" y1="0" x2="0" y2="8" />
            </pattern>
            <pattern id={`${id}-dots`} width="8" height="8" patternUnits="userSpaceOnUse">
              <circle className="mic-chart__dot" cx="4" cy="4" r="1.6" />
            </pattern>
          </defs>
          <g aria-hidden="true">
            {g.yTicks.map((t) => (
              <g key={`y-${t.value}`}>
                <line className="mic-chart__grid" x1={f.left} y1={t.y} x2={f.right} y2={t.y} />
                <text
                  className="mic-chart__label"
                  x={f.left - 8}
                  y={t.y}
                  textAnchor="end"
                  dominantBaseline="middle"
                >
                  {formatTick(t.value, chart.unit)}
                </text>
              </g>
            ))}
            <line className="mic-chart__axis" x1={f.left} y1={g.zeroY} x2={f.right} y2={g.zeroY} />
            <line className="mic-chart__axis" x1={f.left} y1={f.top} x2={f.left} y2={f.bottom} />
            {g.xLabels.map((l, i) => (
              <text
                key={`x-${i}`}
                className="mic-chart__label"
                x={l.x}
                y={f.bottom + 26}
                textAnchor="middle"
              >
                {l.label}
              </text>
            ))}
            <text
              className="mic-chart__axis-title"
              x={(f.left + f.right) / 2}
              y={f.height - 12}
              textAnchor="middle"
            >
              Period
            </text>
            <text
              className="mic-chart__axis-title"
              x={16}
              y={(f.top + f.bottom) / 2}
              textAnchor="middle"
              transform={`rotate(-90 16 ${(f.top + f.bottom) / 2})`}
            >
              {unitLabel(chart.unit)}
            </text>
            {bars?.bars.map((b) => (
              <g key={`b-${b.series}-${b.category}`}>
                <rect
                  className={`mic-chart__bar mic-chart__series-${(b.series % 4) + 1}`}
                  x={b.x}
                  y={b.y}
                  width={b.width}
                  height={b.height}
                />
                {b.series % 3 === 1 ? (
                  <rect
                    fill={`url(#${id}-hatch)`}
                    x={b.x}
                    y={b.y}
                    width={b.width}
                    height={b.height}
                  />
                ) : b.series % 3 === 2 ? (
                  <rect
                    fill={`url(#${id}-dots)`}
                    x={b.x}
                    y={b.y}
                    width={b.width}
                    height={b.height}
                  />
                ) : null}
              </g>
            ))}
            {lines?.lines.map((l) => (
              <g key={`l-${l.series}`}>
                <path
                  className={`mic-chart__line mic-chart__line--${(l.series % 4) + 1}`}
                  d={l.path}
                />
                {l.points.map((p, i) => (
                  <g key={i}>
                    {marker(
                      MARKERS[l.series % 4],
                      p.x,
                      p.y,
                      `mic-chart__marker mic-chart__series-${(l.series % 4) + 1}`,
                    )}
                  </g>
                ))}
              </g>
            ))}
          </g>
        </svg>
        <figcaption className="nhsuk-body-s">
          <strong>{chart.caption}.</strong> {chart.summary} The same figures are in the{' '}
          <a href={`#${tableId}`}>table next to this chart</a>.
        </figcaption>
      </figure>
      {many ? (
        <ul
          className="mic-chart-legend nhsuk-list nhsuk-body-s"
          aria-label={`Key to ${chart.caption}`}
        >
          {chart.series.map((s, i) => (
            <li key={s.label}>
              <svg width="28" height="16" aria-hidden="true" focusable="false">
                <rect
                  className={`mic-chart__bar mic-chart__series-${(i % 4) + 1}`}
                  x="0"
                  y="0"
                  width="28"
                  height="16"
                />
                {!isLine && i % 3 === 1 ? (
                  <rect fill={`url(#${id}-hatch)`} x="0" y="0" width="28" height="16" />
                ) : null}
                {!isLine && i % 3 === 2 ? (
                  <rect fill={`url(#${id}-dots)`} x="0" y="0" width="28" height="16" />
                ) : null}
              </svg>{' '}
              {s.label}
              {isLine
                ? ` (${MARKERS[i % 4]} markers)`
                : i % 3 === 1
                  ? ' (hatched)'
                  : i % 3 === 2
                    ? ' (dotted)'
                    : ' (solid)'}
            </li>
          ))}
        </ul>
      ) : null}
      <TableScroll labelledBy={`${tableId}-caption`}>
        <table className="nhsuk-table" id={tableId} data-testid="chart-table">
          <caption
            className="nhsuk-table__caption nhsuk-table__caption--s"
            id={`${tableId}-caption`}
          >
            {chart.caption}: the figures
          </caption>
          <TableHead
            columns={['Period', ...chart.series.map((s) => ({ text: s.label, numeric: true }))]}
          />
          <tbody className="nhsuk-table__body">
            {chart.categories.map((category, ci) => (
              <tr className="nhsuk-table__row" key={category}>
                <th scope="row" className="nhsuk-table__header">
                  {category}
                </th>
                {chart.series.map((s) => (
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric" key={s.label}>
                    {s.values[ci] === null || s.values[ci] === undefined
                      ? '—'
                      : formatMeasureValue(s.values[ci], chart.unit)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
