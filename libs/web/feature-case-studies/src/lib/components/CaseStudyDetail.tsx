import type { CaseStudyDetailQuery } from '@mic/web-data-access';
import {
  BackLink,
  Button,
  ErrorSummary,
  InsetText,
  SummaryList,
  TableHead,
  TableScroll,
  Tag,
} from '@mic/web-ui';
import { Fragment } from 'react';

import { figureDate, figurePeriodText } from '../utils/outcome-figures';
import type { ReactElement } from 'react';

import {
  ADOPTION_STAGE_LABELS,
  EVIDENCE_LABELS,
  STAGE_LABELS,
  changedFieldsText,
  formatDate,
  formatValue,
} from '../utils/case-study-params';
import { AttachedAssessments } from './AttachedAssessments';
import type { AssessmentOption } from './AttachedAssessments';
import { CaseStudyAssessments, ConfirmCurrentForm } from './CaseStudyAuthorForms';
import type { LifecycleAction } from './CaseStudyAuthorForms';
import { CaseStudyStatusTag } from './CaseStudyStatusTag';
import { CaseStudyAttachments } from './CaseStudyAttachments';
import { OutcomeSeriesSection } from './OutcomeSeries';
import {
  formatPer100k,
  formatPopulation,
  notComparableReasons,
  populationSources,
} from '../utils/comparison';
import { lineageTree } from '../utils/lineage';
import type { LineageTreeNode } from '../utils/lineage';
import { TEMPLATE_SECTIONS, peopleRows } from './CaseStudyFacts';

export type CaseStudyDetailData = CaseStudyDetailQuery['caseStudy'];

export interface CaseStudyDetailProps {
  caseStudy: CaseStudyDetailData;
  /** Given to editors: "Confirm it is still current" posts to it (moves the review-by date on). */
  confirmAction?: LifecycleAction;
  /** Whether the viewer is signed in (attachments need it to download). */
  signedIn?: boolean;
  /** Whether files are virus-scanned (said next to the attachments). */
  virusScanned: boolean;
  /** Given to signed-in editors: attach one of their submitted toolkit assessments. */
  attachAssessment?: {
    action: LifecycleAction;
    options: ReadonlyArray<AssessmentOption>;
  };
  error?: string;
}

/**
 * A template section. The HTML comes from the API's renderMarkdown (raw HTML
 * escaped, allow-listed tags, http/https/mailto links only), so it is safe to
 * insert.
 */
function Section({ heading, html }: { heading: string; html: string }): ReactElement | null {
  if (!html.trim()) return null;
  return (
    <section>
      <h2 className="nhsuk-heading-l">{heading}</h2>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}

type LineageAdoption = CaseStudyDetailData['lineage'][number]['adoption'];

/** Adopters who learned it from the node above, oldest first, as nested lists. */
function LineageBranch({
  nodes,
  learnedFrom,
}: {
  nodes: LineageTreeNode<LineageAdoption>[];
  learnedFrom: string;
}): ReactElement | null {
  if (!nodes.length) return null;
  return (
    <ul className="nhsuk-list nhsuk-list--bullet">
      {nodes.map((n) => (
        <li key={n.adoption.id} data-adoption={n.adoption.id}>
          <a href={`/adoptions/${n.adoption.id}`}>{n.adoption.organisation.name}</a>
          {n.adoption.ics ? ` (${n.adoption.ics.shortName})` : ''}:{' '}
          {ADOPTION_STAGE_LABELS[n.adoption.stage] ?? n.adoption.stage}. Declared{' '}
          {formatDate(n.adoption.createdAt)}, learned from {learnedFrom}.
          <LineageBranch nodes={n.children} learnedFrom={n.adoption.organisation.name} />
        </li>
      ))}
    </ul>
  );
}

/** One case study: template sections, evidence (chart + table), adopters and versions. */
export function CaseStudyDetail({
  caseStudy: cs,
  confirmAction,
  attachAssessment,
  signedIn,
  virusScanned,
  error,
}: CaseStudyDetailProps): ReactElement {
  const sources = populationSources(cs.outcomeComparison);
  const lineage = lineageTree(cs.lineage);
  return (
    <>
      <BackLink href="/case-studies">All case studies</BackLink>
      {error ? <ErrorSummary errors={[{ message: error }]} /> : null}
      <h1 className="nhsuk-heading-xl">{cs.title}</h1>
      {cs.isStale ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Overdue for review
            </span>
          </h2>
          <p>
            This case study was due for review on {formatDate(cs.reviewBy)}. Its figures may be out
            of date until the authors confirm or update it.
          </p>
          {confirmAction && cs.canEdit ? (
            <ConfirmCurrentForm action={confirmAction} caseStudy={cs} />
          ) : null}
        </div>
      ) : null}
      <p>
        {cs.peerReview ? (
          <Tag colour="green">
            Peer-reviewed by {cs.peerReview.ics?.shortName ?? 'a regional reviewer'} on{' '}
            {formatDate(cs.peerReview.reviewedAt)}
          </Tag>
        ) : (
          <Tag colour="grey">Not yet peer reviewed on this platform</Tag>
        )}{' '}
        {cs.status !== 'PUBLISHED' ? (
          <CaseStudyStatusTag status={cs.status} reviewComments={cs.reviewComments} />
        ) : null}
      </p>
      {cs.status === 'ARCHIVED' ? (
        <InsetText>
          <p data-testid="archived-notice">
            This case study was archived{cs.archivedAt ? ` on ${formatDate(cs.archivedAt)}` : ''}.
            It is no longer listed in the library, and its figures are not kept up to date.
          </p>
        </InsetText>
      ) : null}
      {cs.canReview ? (
        <p>
          <a href={`/case-studies/${cs.slug}/review`} data-testid="review-case-study">
            Review this case study
          </a>
        </p>
      ) : null}
      {cs.reviewComments && cs.canEdit ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>Reviewer comments: {cs.reviewComments}</p>
        </div>
      ) : null}
      {cs.canEdit && cs.status !== 'ARCHIVED' ? (
        <p>
          <a href={`/case-studies/${cs.slug}/edit/1`} data-testid="edit-case-study">
            Edit this case study
          </a>
          {cs.status === 'PUBLISHED'
            ? ' (each saved step of a published case study is kept as a new version)'
            : null}
        </p>
      ) : null}
      {cs.canEdit && cs.status === 'DRAFT' ? (
        <p>
          <a href={`/case-studies/${cs.slug}/edit/5`} data-testid="submit-case-study">
            Check your answers and submit for peer review
          </a>
        </p>
      ) : null}
      {cs.canEdit && cs.status !== 'ARCHIVED' ? (
        <p>
          <a href={`/case-studies/${cs.slug}/archive`} data-testid="archive-case-study">
            Archive this case study
          </a>
        </p>
      ) : null}
      <p className="nhsuk-lede-text">{cs.summary}</p>
      <SummaryList
        rows={[
          { key: 'Lead organisation', value: cs.organisation.name },
          {
            key: 'Integrated care system',
            value: cs.ics ? (
              <a href={`/ics/${cs.ics.odsCode}`}>{cs.ics.shortName}</a>
            ) : (
              'Region-wide'
            ),
          },
          { key: 'Place', value: cs.place?.name ?? 'Not recorded' },
          { key: 'Themes', value: cs.themes.map((t) => t.label).join(', ') || 'None' },
          { key: 'Evidence level', value: EVIDENCE_LABELS[cs.evidenceLevel] },
          { key: 'Stage', value: STAGE_LABELS[cs.stage] },
          ...peopleRows(cs),
          { key: 'Review by', value: formatDate(cs.reviewBy) },
          ...(cs.source ? [{ key: 'Source', value: cs.source }] : []),
        ]}
      />
      {TEMPLATE_SECTIONS.map(({ field, heading }) => (
        <Section key={field} heading={heading} html={cs[field].html} />
      ))}
      {cs.attachments.length > 0 || cs.canEdit ? (
        <section aria-labelledby="attachments-heading">
          <h2 className="nhsuk-heading-l" id="attachments-heading">
            Attachments
          </h2>
          <CaseStudyAttachments attachments={cs.attachments} virusScanned={virusScanned} />
          {cs.attachments.length > 0 && !signedIn ? (
            <p className="nhsuk-hint">
              <a href={`/sign-in?returnTo=${encodeURIComponent(`/case-studies/${cs.slug}`)}`}>
                Sign in
              </a>{' '}
              to download attachments.
            </p>
          ) : null}
          {cs.canEdit && cs.status !== 'ARCHIVED' ? (
            <p>
              <a href={`/case-studies/${cs.slug}/edit/5#attachments`}>Add or remove attachments</a>
            </p>
          ) : null}
        </section>
      ) : null}

      {attachAssessment && cs.canEdit ? (
        <CaseStudyAssessments
          action={attachAssessment.action}
          caseStudy={cs}
          assessments={cs.assessments}
          options={attachAssessment.options}
        />
      ) : cs.assessments.length > 0 ? (
        <AttachedAssessments assessments={cs.assessments} />
      ) : null}

      <h2 className="nhsuk-heading-l">Outcomes</h2>
      {cs.canEdit && cs.status !== 'ARCHIVED' ? (
        <p>
          <a href={`/case-studies/${cs.slug}/outcomes`} data-testid="manage-outcome-figures">
            Add or correct outcome figures
          </a>
        </p>
      ) : null}
      {cs.outcomes.length === 0 ? (
        <p>No outcome figures have been recorded yet.</p>
      ) : (
        <p>
          Figures are recorded against the regional <a href="/metrics">metric dictionary</a>.
        </p>
      )}
      {cs.outcomes.map((series) => (
        <OutcomeSeriesSection
          key={series.metric.key}
          series={series}
          idPrefix="outcome"
          testId="outcome-series"
        />
      ))}
      {cs.removedOutcomes.length ? (
        <details className="nhsuk-details" data-testid="removed-figures">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">
              Removed figures ({cs.removedOutcomes.length}), no longer counted
            </span>
          </summary>
          <div className="nhsuk-details__text">
            <ul>
              {cs.removedOutcomes.map((m) => (
                <li key={m.id}>
                  {m.metric.label}: {formatValue(m.value, m.metric.unit, m.qualifier)},{' '}
                  {figurePeriodText(m)}. Removed on {m.removedAt ? figureDate(m.removedAt) : ''}:{' '}
                  {m.removalReason}
                </li>
              ))}
            </ul>
          </div>
        </details>
      ) : null}

      {cs.outcomeComparison.length ? (
        <section data-testid="outcome-comparison">
          <h2 className="nhsuk-heading-l">Origin and adopters side by side</h2>
          <p>
            The latest figure for each metric the origin and an adopter both report. Counts are also
            shown per 100,000 residents of each organisation&apos;s integrated care system, so
            systems of different sizes can be compared. Shares and rates are compared as reported.
            See the <a href="/metrics">metric dictionary</a> for definitions.
          </p>
          {cs.outcomeComparison.map((comparison) => {
            const normalised = comparison.metric.perPopulation;
            const tableId = `comparison-${comparison.metric.key.toLowerCase()}`;
            return (
              <Fragment key={comparison.metric.key}>
                <TableScroll labelledBy={`${tableId}-caption`} stickyFirstColumn>
                  <table
                    className="nhsuk-table"
                    id={tableId}
                    aria-describedby={
                      normalised && sources.length ? 'population-source' : undefined
                    }
                  >
                    <caption
                      className="nhsuk-table__caption nhsuk-table__caption--s"
                      id={`${tableId}-caption`}
                    >
                      {comparison.metric.label}
                      {normalised ? '' : ' (a share or rate: not normalised)'}
                    </caption>
                    <TableHead
                      rowClass
                      columns={[
                        'Organisation',
                        'Latest value',
                        ...(normalised
                          ? [
                              { text: 'ICS population', numeric: true },
                              { text: 'Per 100,000 residents', numeric: true },
                            ]
                          : []),
                      ]}
                    />
                    <tbody className="nhsuk-table__body">
                      {comparison.entries.map((e) => (
                        <tr
                          key={`${e.organisationName}-${e.isOrigin}`}
                          className="nhsuk-table__row"
                        >
                          <th scope="row" className="nhsuk-table__header">
                            {e.organisationName}
                            {e.isOrigin ? ' (origin)' : ''}
                            {e.ics ? `, ${e.ics.shortName}` : ''}
                          </th>
                          <td className="nhsuk-table__cell">
                            {formatValue(
                              e.latest.value,
                              comparison.metric.unit,
                              e.latest.qualifier,
                            )}
                            , {e.periodText}
                          </td>
                          {normalised ? (
                            <>
                              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                                {formatPopulation(e.population)}
                              </td>
                              <td
                                className="nhsuk-table__cell nhsuk-table__cell--numeric"
                                data-testid="per-100k"
                              >
                                {formatPer100k(e)}
                              </td>
                            </>
                          ) : null}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
                {notComparableReasons(comparison.entries).map((reason) => (
                  <p key={reason} className="nhsuk-body-s" data-testid="not-comparable">
                    {reason}
                  </p>
                ))}
              </Fragment>
            );
          })}
          {sources.length ? (
            <p className="nhsuk-body-s" id="population-source" data-testid="population-source">
              Population: {sources.join('; ')}.
            </p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="adopters">
        <h2 className="nhsuk-heading-l" id="adopters">
          Adopters
        </h2>
        {cs.status === 'PUBLISHED' && !cs.canEdit ? (
          <p>
            <Button href={`/case-studies/${cs.slug}/adopt`}>
              Adopt this for your organisation
            </Button>
          </p>
        ) : null}
        {lineage.length ? (
          <>
            <p>
              {cs.adoptionCount === 1
                ? '1 organisation is adopting it.'
                : `${cs.adoptionCount} organisations are adopting it.`}{' '}
              Who learned it from whom, oldest first:
            </p>
            <ul className="nhsuk-list mic-lineage" data-testid="lineage">
              <li>
                <strong>Origin:</strong> {cs.organisation.name} (
                {cs.ics ? cs.ics.shortName : 'Region-wide'})
                <LineageBranch nodes={lineage} learnedFrom="the origin" />
              </li>
            </ul>
          </>
        ) : (
          <p>No organisation has declared an adoption yet.</p>
        )}
      </section>

      {cs.versions.length ? (
        <>
          <h2 className="nhsuk-heading-l">Versions</h2>
          <p className="nhsuk-body-s">
            Changes made by one person in one sitting (saves within 30 minutes) are shown as one
            version.
          </p>
          <ul className="nhsuk-list" data-testid="version-list">
            {cs.versions.map((v) => (
              <li key={v.number}>
                Version {v.number}, {formatDate(v.createdAt)}
                {v.changeNote ? `: ${v.changeNote}` : ''}
                {v.changedFields.length ? ` (changed: ${changedFieldsText(v.changedFields)})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <InsetText>
        <p>
          Figures are shown with their date and source as published by the organisations involved.
        </p>
      </InsetText>
    </>
  );
}
