import { TableHead } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { ProgressChartModel } from '../utils/progress';
import { formatDay, formatNumber } from '../utils/rag';

const W = 560;
const H = 240;
const PAD = { left: 64, right: 16, top: 16, bottom: 40 };

/**
 * Progress towards the target as an SVG bar chart (role="img" with a title
 * and the summary), followed by the same numbers in a table.
 */
export function ProgressChart({
  chart,
  label,
}: {
  chart: ProgressChartModel;
  label: string;
}): ReactElement {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + innerH - (v / chart.max) * innerH;
  const slot = innerW / chart.points.length;
  const barW = Math.min(48, slot * 0.6);
  const unit = chart.unit ? ` ${chart.unit}` : '';
  return (
    <div>
      <p className="nhsuk-body">{chart.summary}</p>
      <svg
        role="img"
        aria-labelledby="progress-chart-title progress-chart-desc"
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
      >
        <title id="progress-chart-title">{label}</title>
        <desc id="progress-chart-desc">{chart.summary}</desc>
        {chart.ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#d8dde0" />
            <text x={PAD.left - 8} y={y(t) + 4} textAnchor="end" fontSize="12" fill="#4c6272">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        {chart.points.map((p, i) => (
          <g key={`${p.date}-${i}`}>
            <rect
              x={PAD.left + slot * i + (slot - barW) / 2}
              y={y(p.value)}
              width={barW}
              height={PAD.top + innerH - y(p.value)}
              fill="#005eb8"
            />
            <text
              x={PAD.left + slot * i + slot / 2}
              y={H - PAD.bottom + 16}
              textAnchor="middle"
              fontSize="12"
              fill="#212b32"
            >
              {p.date}
            </text>
          </g>
        ))}
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={y(chart.target)}
          y2={y(chart.target)}
          stroke="#d5281b"
          strokeWidth="2"
          strokeDasharray="6 4"
        />
        <text
          x={W - PAD.right}
          y={y(chart.target) - 6}
          textAnchor="end"
          fontSize="12"
          fill="#212b32"
        >
          Target {formatNumber(chart.target)}
        </text>
      </svg>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          {label}: the numbers
        </caption>
        <TableHead
          rowClass
          columns={[
            'Reported on',
            { text: <>Progress{unit}</>, numeric: true },
            { text: 'Share of target', numeric: true },
          ]}
        />
        <tbody className="nhsuk-table__body">
          {chart.points.map((p, i) => (
            <tr key={`${p.date}-${i}`} className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__cell">
                {formatDay(p.date)}
              </th>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                {formatNumber(p.value)}
              </td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                {chart.target > 0 ? `${Math.round((p.value / chart.target) * 100)}%` : '–'}
              </td>
            </tr>
          ))}
          <tr className="nhsuk-table__row">
            <th scope="row" className="nhsuk-table__cell">
              Target by {formatDay(chart.targetDate)}
            </th>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
              {formatNumber(chart.target)}
            </td>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">100%</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
