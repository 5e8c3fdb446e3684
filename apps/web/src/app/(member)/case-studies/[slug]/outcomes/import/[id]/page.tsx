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
  cancelOutcomeImportAction,
  confirmOutcomeImportAction,
} from '../../../../../../../lib/case-studies/outcome-import-actions';
import { loadEditableFigures } from '../../../../../../../lib/case-studies/outcome-figures-page';

export const metadata: Metadata = { title: 'Import outcome figures: check and confirm' };

interface Props {
  params: Promise<{ slug: string; id: string }>;
}

const n = (v: number) => v.toLocaleString('en-GB');

/** An import: progress while rows are checked, then the errors and the preview, then confirm or cancel. */
export default async function OutcomeImportPage({ params }: Props): Promise<ReactElement> {
  const { slug, id } = await params;
  if (!z.string().uuid().safeParse(id).success) notFound();
  const path = `/case-studies/${slug}/outcomes/import/${id}`;
  const data = await loadEditableFigures(slug, path);
  const cs = data.caseStudy;
  const result = await queryOrNull({
    query: OutcomeImportDocument,
    variables: { id },
    fetchPolicy: 'no-cache',
  });
  const imp = result?.data?.outcomeImport;
  if (!imp || imp.caseStudyId !== cs.id) notFound();
  const figures = `/case-studies/${cs.slug}/outcomes`;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <BackLink href={figures}>Back to the figures</BackLink>
        <span className="nhsuk-caption-l">{cs.title}</span>
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
            <a className="nhsuk-button" href={`${figures}/import`}>
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
                <a href={`${figures}/import`}>upload it again</a>.
              </p>
            ) : null}
            <OutcomeImportDecision
              validRowCount={imp.validRowCount}
              errorRowCount={imp.errorRowCount}
              confirm={confirmOutcomeImportAction.bind(null, cs.slug, imp.id)}
              cancel={cancelOutcomeImportAction.bind(null, cs.slug, imp.id)}
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
              They are now part of the case study’s outcomes and count towards the dashboards.
              Each figure can be corrected or removed on the figures page.
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
            <a className="nhsuk-button" href={`${figures}/import`}>
              Import another file
            </a>
          </>
        ) : null}
      </div>
    </div>
  );
}
