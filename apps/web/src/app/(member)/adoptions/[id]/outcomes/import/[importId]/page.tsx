import { OutcomeImportDocument } from '@mic/web-data-access';
import {
  OutcomeImportAutoRefresh,
  OutcomeImportDecision,
  OutcomeImportResult,
} from '@mic/web-feature-case-studies';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { queryOrNull } from '../../../../../../../lib/apollo/query-or-null';
import {
  adoptionCaption,
  loadEditableAdoption,
} from '../../../../../../../lib/adoptions/adoption-import';
import {
  cancelAdoptionImportAction,
  confirmAdoptionImportAction,
} from '../../../../../../../lib/adoptions/outcome-import-actions';

export const metadata: Metadata = { title: 'Import an adoption’s figures: check and confirm' };

interface Props {
  params: Promise<{ id: string; importId: string }>;
}

const n = (v: number) => v.toLocaleString('en-GB');

/** An import of an adoption's figures: progress, then the errors and the preview, then confirm or cancel. */
export default async function AdoptionOutcomeImportPage({ params }: Props): Promise<ReactElement> {
  const { id: adoptionId, importId: id } = await params;
  if (!z.string().uuid().safeParse(id).success) notFound();
  const path = `/adoptions/${adoptionId}/outcomes/import/${id}`;
  const data = await loadEditableAdoption(adoptionId, path);
  const a = data.adoption;
  const result = await queryOrNull({
    query: OutcomeImportDocument,
    variables: { id },
    fetchPolicy: 'no-cache',
  });
  const imp = result?.data?.outcomeImport;
  if (!imp || imp.adoptionId !== a.id) notFound();
  const figures = `/adoptions/${a.id}#outcomes`;
  const again = `/adoptions/${a.id}/outcomes/import`;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <BackLink href={figures}>Back to the adoption</BackLink>
        <span className="nhsuk-caption-l">{adoptionCaption(a)}</span>
        {imp.status === 'VALIDATING' ? (
          <>
            <h1 className="nhsuk-heading-l">Checking your file</h1>
            <OutcomeImportAutoRefresh />
            <div className="nhsuk-inset-text" role="status" aria-live="polite">
              <p data-testid="import-progress">
                {imp.totalRows
                  ? `Checked ${n(imp.processedRows)} of ${n(imp.totalRows)} rows (${imp.progress}%).`
                  : 'Reading the file…'}
              </p>
              <progress max={100} value={imp.progress} aria-label="Rows checked">
                {imp.progress}%
              </progress>
            </div>
            <p>Nothing is saved until you have seen the result and confirmed it.</p>
            <a className="nhsuk-button nhsuk-button--secondary" href={path}>
              Check progress
            </a>
          </>
        ) : null}
        {imp.status === 'FAILED' ? (
          <>
            <h1 className="nhsuk-heading-l">The file could not be read</h1>
            <div className="nhsuk-error-summary" role="alert" tabIndex={-1}>
              <h2 className="nhsuk-error-summary__heading">There is a problem</h2>
              <div className="nhsuk-error-summary__body">
                <p>{imp.failureReason}</p>
              </div>
            </div>
            <a className="nhsuk-button" href={again}>
              Upload a file again
            </a>
          </>
        ) : null}
        {imp.status === 'READY' ? (
          <>
            <h1 className="nhsuk-heading-l">Check the figures before saving them</h1>
            <OutcomeImportResult imp={imp} metrics={data.metrics} />
            {imp.validRowCount === 0 ? (
              <p>
                No row can be saved yet. Fix the errors in your file and{' '}
                <a href={again}>upload it again</a>.
              </p>
            ) : null}
            <OutcomeImportDecision
              validRowCount={imp.validRowCount}
              errorRowCount={imp.errorRowCount}
              confirm={confirmAdoptionImportAction.bind(null, a.id, imp.id)}
              cancel={cancelAdoptionImportAction.bind(null, a.id, imp.id)}
            />
          </>
        ) : null}
        {imp.status === 'SAVED' ? (
          <>
            <div className="nhsuk-panel" data-testid="import-saved">
              <h1 className="nhsuk-panel__title">
                {n(imp.savedCount ?? 0)} {imp.savedCount === 1 ? 'figure' : 'figures'} saved
              </h1>
              <div className="nhsuk-panel__body">from {imp.fileName}</div>
            </div>
            <p>
              They are now part of this adoption’s outcomes and count for your ICS on the
              dashboards.
            </p>
            <a className="nhsuk-button" href={figures}>
              See the figures
            </a>
          </>
        ) : null}
        {imp.status === 'CANCELLED' ? (
          <>
            <h1 className="nhsuk-heading-l">Import cancelled</h1>
            <p>Nothing from {imp.fileName} was saved.</p>
            <a className="nhsuk-button" href={again}>
              Import another file
            </a>
          </>
        ) : null}
      </div>
    </div>
  );
}
