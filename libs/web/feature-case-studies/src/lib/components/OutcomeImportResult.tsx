import type { OutcomeImportQuery } from '@mic/web-data-access';
import { TableScroll } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { formatDate, formatValue } from '../utils/case-study-params';

export type OutcomeImportData = NonNullable<OutcomeImportQuery['outcomeImport']>;

export interface OutcomeImportResultProps {
  imp: OutcomeImportData;
  /** Metric labels and units by key. */
  metrics: { key: string; label: string; unit: string }[];
}

const n = (v: number) => v.toLocaleString('en-GB');

/** What the check found: counts, every error with its row and column, and the figures to be saved. */
export function OutcomeImportResult({ imp, metrics }: OutcomeImportResultProps): ReactElement {
  const byKey = new Map(metrics.map((m) => [m.key, m]));
  const moreErrors = imp.errorRowCount > new Set(imp.errors.map((e) => e.rowNumber)).size;
  return (
    <>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">File</dt>
          <dd className="nhsuk-summary-list__value">{imp.fileName}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Rows checked</dt>
          <dd className="nhsuk-summary-list__value">{n(imp.processedRows)}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Ready to save</dt>
          <dd className="nhsuk-summary-list__value" data-testid="import-valid">
            {n(imp.validRowCount)}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Rows with errors</dt>
          <dd className="nhsuk-summary-list__value" data-testid="import-errors">
            {n(imp.errorRowCount)}
          </dd>
        </div>
      </dl>

      {imp.errors.length ? (
        <>
          <h2 className="nhsuk-heading-m" id="row-errors">
            Rows with errors (not saved)
          </h2>
          <p>
            Fix these in your file and import it again, or save the other rows now and add these
            later.
            {imp.errorReportUrl ? (
              <>
                {' '}
                <a href={imp.errorReportUrl} download>
                  Download every error as CSV
                </a>
                .
              </>
            ) : null}
          </p>
          <TableScroll labelledBy="import-errors-caption">
            <table className="nhsuk-table" data-testid="import-error-table">
              <caption
                id="import-errors-caption"
                className="nhsuk-table__caption nhsuk-u-visually-hidden"
              >
                Errors by row and column
              </caption>
              <thead className="nhsuk-table__head">
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Column</th>
                  <th scope="col">Value</th>
                  <th scope="col">What to fix</th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {imp.errors.map((e) => (
                  <tr key={`${e.rowNumber}:${e.column}`}>
                    <td>{e.rowNumber}</td>
                    <td>
                      <code>{e.column}</code>
                    </td>
                    <td>
                      {e.value || <span className="nhsuk-u-secondary-text-color">(blank)</span>}
                    </td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {moreErrors ? <p>The first 100 errors are shown; the CSV has them all.</p> : null}
        </>
      ) : null}

      {imp.preview.length ? (
        <>
          <h2 className="nhsuk-heading-m">
            {imp.status === 'SAVED' ? 'Figures saved' : 'Figures to be saved'}
            {imp.validRowCount > imp.preview.length
              ? ` (first ${imp.preview.length} of ${n(imp.validRowCount)})`
              : ''}
          </h2>
          <TableScroll labelledBy="import-preview-caption">
            <table className="nhsuk-table" data-testid="import-preview">
              <caption
                id="import-preview-caption"
                className="nhsuk-table__caption nhsuk-u-visually-hidden"
              >
                Figures by row
              </caption>
              <thead className="nhsuk-table__head">
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Metric</th>
                  <th scope="col">Figure</th>
                  <th scope="col">Period</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {imp.preview.map((p) => {
                  const metric = byKey.get(p.metricKey);
                  return (
                    <tr key={p.rowNumber}>
                      <td>{p.rowNumber}</td>
                      <td>{metric?.label ?? p.metricKey}</td>
                      <td>
                        {formatValue(p.value, metric?.unit ?? '', p.qualifier)}
                        {p.cumulative ? ' (running total)' : ''}
                      </td>
                      <td>
                        {p.periodStart
                          ? `${formatDate(p.periodStart)} to ${formatDate(p.measuredOn)}`
                          : `At ${formatDate(p.measuredOn)}`}
                      </td>
                      <td>{p.sourceTitle ?? p.sourceUrl}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : null}
    </>
  );
}
