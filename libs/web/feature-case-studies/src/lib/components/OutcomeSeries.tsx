import type { OutcomeSeriesFieldsFragment } from '@mic/web-data-access';
import { TableHead, TableScroll } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { formatDate, formatValue } from '../utils/case-study-params';
import { figureDate } from '../utils/outcome-figures';
import { OutcomeChart } from './OutcomeChart';

/** Only http(s) source links are rendered as links. */
function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:'
      ? parsed.toString()
      : undefined;
  } catch {
    return undefined;
  }
}

/** A figure's source: its title, linked when the URL is http(s). */
function Source({ title, url }: { title: string | null; url: string | null }): ReactElement {
  const href = safeUrl(url);
  const text = title ?? href ?? 'Source not recorded';
  return href ? (
    <a href={href} rel="noopener noreferrer">
      {text}
    </a>
  ) : (
    <>{text}</>
  );
}

export interface OutcomeSeriesSectionProps {
  series: OutcomeSeriesFieldsFragment;
  /** Prefix of the table id, unique on the page (e.g. "outcome" or "adoption-outcome"). */
  idPrefix: string;
  testId: string;
}

/**
 * One outcome series: the latest value with its date and source, the trend
 * as a chart, and the same figures as an accessible table (the chart's
 * equivalent). Used by the case study and the adoption pages.
 */
export function OutcomeSeriesSection({
  series,
  idPrefix,
  testId,
}: OutcomeSeriesSectionProps): ReactElement {
  const tableId = `${idPrefix}-${series.metric.key.toLowerCase()}`;
  return (
    <section data-testid={testId}>
      <h3 className="nhsuk-heading-m">{series.metric.label}</h3>
      <p>
        Latest:{' '}
        <strong>
          {formatValue(series.latest.value, series.metric.unit, series.latest.qualifier)}
        </strong>{' '}
        on {formatDate(series.latest.measuredOn)}. Source:{' '}
        <Source title={series.latest.sourceTitle} url={series.latest.sourceUrl} />
      </p>
      <OutcomeChart
        label={series.metric.label}
        unit={series.metric.unit}
        tableId={tableId}
        points={series.measurements.map((m) => ({ measuredOn: m.measuredOn, value: m.value }))}
      />
      <TableScroll labelledBy={`${tableId}-caption`}>
        <table className="nhsuk-table" id={tableId} data-testid="outcome-table">
          <caption
            className="nhsuk-table__caption nhsuk-table__caption--s"
            id={`${tableId}-caption`}
          >
            {series.metric.label} ({series.metric.unit}) over time
          </caption>
          <TableHead rowClass columns={['Date', 'Value', 'Source', 'Note']} />
          <tbody className="nhsuk-table__body">
            {series.measurements.map((m) => (
              <tr key={m.id} className="nhsuk-table__row">
                <td className="nhsuk-table__cell">
                  {m.periodStart ? `${formatDate(m.periodStart)} to ` : ''}
                  {formatDate(m.measuredOn)}
                  {m.cumulative ? ' (running total)' : ''}
                </td>
                <td className="nhsuk-table__cell">
                  {formatValue(m.value, series.metric.unit, m.qualifier)}
                </td>
                <td className="nhsuk-table__cell">
                  <Source title={m.sourceTitle} url={m.sourceUrl} />
                </td>
                <td className="nhsuk-table__cell">
                  {m.note ?? ''}
                  {m.enteredBy ? (
                    <span className="nhsuk-body-s mic-figure-history">
                      {m.note ? <br /> : null}
                      Entered by {m.enteredBy} on {figureDate(m.createdAt)}
                    </span>
                  ) : null}
                  {(m.previousVersions ?? []).map((p) => (
                    <span
                      className="nhsuk-body-s mic-figure-history"
                      key={p.id}
                      data-testid="figure-correction"
                    >
                      <br />
                      Corrected on {figureDate(p.supersededAt ?? m.createdAt)}: was{' '}
                      {formatValue(p.value, series.metric.unit, p.qualifier)}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
