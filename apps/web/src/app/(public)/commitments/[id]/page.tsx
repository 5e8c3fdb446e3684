import { CommitmentDocument } from '@mic/web-data-access';
import {
  CADENCE_LABELS,
  CommitmentTimeline,
  OverdueTag,
  ProgressChart,
  RagTag,
  formatDay,
  formatNumber,
  progressChart,
} from '@mic/web-feature-commitments';
import { BackLink, SummaryList } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';

import { queryOrNull } from '../../../../lib/apollo/query-or-null';

export const metadata: Metadata = { title: 'Commitment' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface CommitmentPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}

const DONE: Record<string, string> = {
  created: 'The commitment has been recorded.',
  updated: 'Your progress update has been added to the timeline.',
  edited: 'Your changes to the commitment have been saved.',
};

/** One commitment: what, who, target and source; its timeline; progress towards the target. */
export default async function CommitmentPage({
  params,
  searchParams,
}: CommitmentPageProps): Promise<ReactElement> {
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const result = await queryOrNull({ query: CommitmentDocument, variables: { id } });
  const c = result?.data?.commitment;
  if (!c) notFound();
  const done = DONE[(await searchParams).done ?? ''];
  const chart = c.target ? progressChart(c.updates, c.target) : null;
  const lead = c.organisations.find((o) => o.lead) ?? c.organisations[0];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/commitments">All commitments</BackLink>
        {done ? (
          <div className="nhsuk-inset-text" role="status">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>{done}</p>
          </div>
        ) : null}
        <span className="nhsuk-caption-l">{lead?.name}</span>
        <h1 className="nhsuk-heading-l">{c.title ?? c.statement}</h1>
        {c.title ? <p className="nhsuk-body-l">{c.statement}</p> : null}
        <p className="nhsuk-body">
          <RagTag status={c.status} /> {c.overdue ? <OverdueTag /> : null}
        </p>
        {c.viewerCanUpdate ? (
          <a href={`/commitments/${c.id}/update`} className="nhsuk-button">
            Add a progress update
          </a>
        ) : null}
        {c.viewerCanEdit ? (
          <p className="nhsuk-body">
            <a href={`/commitments/${c.id}/edit`} data-testid="edit-commitment">
              Change the commitment
            </a>
          </p>
        ) : null}
        <SummaryList
          rows={[
            {
              key: c.organisations.length > 1 ? 'Organisations' : 'Organisation',
              value: c.organisations
                .map((o) => `${o.name}${o.lead && c.organisations.length > 1 ? ' (lead)' : ''}`)
                .join(', '),
            },
            { key: 'Themes', value: c.themes.map((t) => t.label).join(', ') || 'None' },
            { key: 'Owner', value: c.ownerName },
            { key: 'Progress reported', value: CADENCE_LABELS[c.cadence] ?? c.cadence },
            { key: 'Last update', value: c.lastUpdateOn ? formatDay(c.lastUpdateOn) : 'None yet' },
            {
              key: 'Next update due',
              value: `${formatDay(c.nextUpdateDue)}${c.overdue ? ' (overdue)' : ''}`,
            },
            {
              key: 'Target',
              value: c.target
                ? `${c.target.metricLabel}: ${formatNumber(c.target.value)} ${c.target.unit} by ${formatDay(c.target.targetDate)}${
                    c.target.baseline !== null && c.target.baseline !== undefined
                      ? ` (baseline ${formatNumber(c.target.baseline)})`
                      : ''
                  }`
                : 'No measurable target',
            },
            {
              key: 'Source',
              value: c.sourceUrl ? (
                <a href={c.sourceUrl} rel="noopener noreferrer">
                  {c.sourceTitle ?? c.sourceUrl}
                </a>
              ) : (
                (c.sourceTitle ?? 'Recorded on the Commons')
              ),
            },
          ]}
        />
        {c.target ? (
          <>
            <h2 className="nhsuk-heading-m">Progress towards the target</h2>
            {chart ? (
              <ProgressChart
                chart={chart}
                label={`Progress towards ${formatNumber(c.target.value)} ${c.target.unit}`}
              />
            ) : (
              <p className="nhsuk-body">No progress figures have been reported yet.</p>
            )}
          </>
        ) : null}
        <h2 className="nhsuk-heading-m">Timeline</h2>
        <CommitmentTimeline updates={c.updates} unit={c.target?.unit ?? null} />
      </div>
    </div>
  );
}
