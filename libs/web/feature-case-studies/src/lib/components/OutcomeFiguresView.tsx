import type { OutcomeFiguresQuery } from '@mic/web-data-access';
import { BackLink } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { figureValueText, periodText } from '../utils/figure-text';

export interface OutcomeFiguresViewProps {
  data: OutcomeFiguresQuery['outcomeFigures'];
  backHref: string;
}

/** The figures behind a dashboard total: each practice's counted figure, with its period and source. */
export function OutcomeFiguresView({ data, backHref }: OutcomeFiguresViewProps): ReactElement {
  const where = data.icsName ? `${data.icsName} ICS` : 'the Midlands region';
  const kind = data.cumulative ? 'running totals' : 'in-period figures';
  return (
    <>
      <BackLink href={backHref}>Back to the dashboard</BackLink>
      <span className="nhsuk-caption-l">
        {where}, {data.periodLabel}
      </span>
      <h1 className="nhsuk-heading-xl">
        {data.metric.label}: the {kind} behind the total
      </h1>
      <div className="nhsuk-card">
        <div className="nhsuk-card__content">
          <p className="nhsuk-card__description nhsuk-heading-l nhsuk-u-margin-bottom-2">
            {data.total === null
              ? 'No data'
              : figureValueText(data.total, data.metric.unit, data.atLeast ? 'at least' : null)}
          </p>
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
            From {data.basis} {data.basis === 1 ? 'practice' : 'practices'}.{' '}
            {data.metric.definition}
          </p>
        </div>
      </div>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">How this total is calculated</span>
        </summary>
        <div className="nhsuk-details__text">
          <p>
            {data.cumulative
              ? "Each practice's latest running total up to the end of the period is counted once. Running totals are never added to in-period figures."
              : "Each practice's latest in-period figure that ends within the period is counted once; earlier figures of the same practice in the period are not added."}{' '}
            A figure from an adoption counts for the adopting organisation&apos;s ICS. A &quot;more
            than&quot; figure counts at its stated value and makes the total &quot;at least&quot;.
            Percentages are averaged, not added.
          </p>
        </div>
      </details>
      {data.figures.length === 0 ? (
        <p>No {kind} were recorded for this period.</p>
      ) : (
        <table className="nhsuk-table-responsive">
          <caption className="nhsuk-table__caption">
            Figures counted ({data.figures.length})
          </caption>
          <thead role="rowgroup" className="nhsuk-table__head">
            <tr role="row">
              <th role="columnheader" scope="col">
                Practice
              </th>
              <th role="columnheader" scope="col" className="nhsuk-table__header--numeric">
                Figure
              </th>
              <th role="columnheader" scope="col">
                Period
              </th>
              <th role="columnheader" scope="col">
                Source
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {data.figures.map((f) => (
              <tr role="row" className="nhsuk-table__row" key={f.measurement.id}>
                <td role="cell" className="nhsuk-table__cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Practice{' '}
                  </span>
                  <a href={f.practiceUrl}>{f.practiceTitle}</a>
                </td>
                <td role="cell" className="nhsuk-table__cell nhsuk-table__cell--numeric">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Figure{' '}
                  </span>
                  {figureValueText(f.measurement.value, data.metric.unit, f.measurement.qualifier)}
                </td>
                <td role="cell" className="nhsuk-table__cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Period{' '}
                  </span>
                  {periodText(f.measurement.periodStart, f.measurement.measuredOn, data.cumulative)}
                </td>
                <td role="cell" className="nhsuk-table__cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Source{' '}
                  </span>
                  {f.measurement.sourceUrl ? (
                    <a href={f.measurement.sourceUrl} rel="noopener noreferrer">
                      {f.measurement.sourceTitle ?? f.measurement.sourceUrl}
                    </a>
                  ) : (
                    (f.measurement.sourceTitle ?? 'Not stated')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
