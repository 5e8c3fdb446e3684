import { BackLink, ErrorSummary } from '@mic/web-ui';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import {
  adoptionCaption,
  loadEditableAdoption,
} from '../../../../../../lib/adoptions/adoption-import';
import { importProblemMessage } from '../../../../../../lib/case-studies/outcome-import-problems';

export const metadata: Metadata = {
  title: 'Import an adoption’s outcome figures from a spreadsheet',
};

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ problem?: string }>;
}

const COLUMNS: [string, string][] = [
  ['metric_key', 'The metric, from the dictionary (the XLSX template lists them). Required.'],
  [
    'value',
    'The figure: 150, 1,250.5 or £12,000. "more than 150" is read as "more than" 150. Required.',
  ],
  ['qualifier', 'As the source words it: "more than", "about". Optional.'],
  ['period_start', 'First day of the period the figure covers. Blank for a point in time.'],
  ['period_end', 'Last day of the period, or the date of a point-in-time figure. Required.'],
  [
    'cumulative',
    '"yes" for a running total since the practice began; "no" or blank for the period’s own figure.',
  ],
  ['baseline', 'The baseline, where known. Optional.'],
  ['source_title', 'The source document’s title. A title or a link is required.'],
  ['source_url', 'A link to the source (http or https).'],
  ['note', 'Anything a reader needs to know. Optional.'],
];

/**
 * Upload a CSV or XLSX of an adoption's figures (the adopter's own series):
 * they are checked, then shown for confirmation before anything is saved.
 */
export default async function ImportAdoptionFiguresPage({
  params,
  searchParams,
}: Props): Promise<ReactElement> {
  const { id } = await params;
  const data = await loadEditableAdoption(id, `/adoptions/${id}/outcomes/import`);
  const a = data.adoption;
  const error = importProblemMessage((await searchParams).problem);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={`/adoptions/${a.id}#outcomes`}>Back to the adoption</BackLink>
        <ErrorSummary errors={error ? [{ message: error, fieldId: 'import-file' }] : []} />
        <span className="nhsuk-caption-l">{adoptionCaption(a)}</span>
        <h1 className="nhsuk-heading-l">Import figures from a spreadsheet</h1>
        <p>
          Add many of your organisation’s dated figures for this adoption at once, from a CSV or
          Excel (XLSX) file. They count for your ICS on the dashboards. Every row is checked first;
          you see what will be saved, and which rows need fixing, before anything is saved.
        </p>
        <ol className="nhsuk-list nhsuk-list--number">
          <li>
            Download the template:{' '}
            <a href="/outcome-imports/template.xlsx" download>
              Excel template (XLSX, with the metric dictionary)
            </a>{' '}
            or{' '}
            <a href="/outcome-imports/template.csv" download>
              CSV template
            </a>
            .
          </li>
          <li>Put one figure on each row, under the template’s headings.</li>
          <li>Upload the file below (up to 5,000 rows).</li>
        </ol>
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">What goes in each column</span>
          </summary>
          <div className="nhsuk-details__text">
            <dl className="nhsuk-summary-list">
              {COLUMNS.map(([key, help]) => (
                <div className="nhsuk-summary-list__row" key={key}>
                  <dt className="nhsuk-summary-list__key">
                    <code>{key}</code>
                  </dt>
                  <dd className="nhsuk-summary-list__value">{help}</dd>
                </div>
              ))}
            </dl>
            <p>Dates can be written as 2025-03-31 or 31/03/2025.</p>
          </div>
        </details>
        <form
          method="post"
          action={`/adoptions/${a.id}/outcomes/import/upload`}
          encType="multipart/form-data"
          noValidate
        >
          <input type="hidden" name="adoptionId" value={a.id} />
          <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
            <label className="nhsuk-label nhsuk-label--s" htmlFor="import-file">
              Your file
            </label>
            <div className="nhsuk-hint" id="import-file-hint">
              A .csv or .xlsx file using the template’s headings.
            </div>
            {error ? (
              <span className="nhsuk-error-message" id="import-file-error">
                <span className="nhsuk-u-visually-hidden">Error:</span> {error}
              </span>
            ) : null}
            <input
              className={`nhsuk-file-upload${error ? ' nhsuk-file-upload--error' : ''}`}
              id="import-file"
              name="file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={`import-file-hint${error ? ' import-file-error' : ''}`}
            />
          </div>
          <button className="nhsuk-button" type="submit" data-module="nhsuk-button">
            Upload and check
          </button>
        </form>
      </div>
    </div>
  );
}
