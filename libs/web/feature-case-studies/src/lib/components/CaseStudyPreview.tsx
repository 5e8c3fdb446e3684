import type { CaseStudyForReviewQuery } from '@mic/web-data-access';
import { SummaryList, Tag } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { EVIDENCE_LABELS, STAGE_LABELS, formatDate } from '../utils/case-study-params';
import { CRITERION_STATE_LABELS, reviewCriteria } from '../utils/review-criteria';
import type { CriterionState } from '../utils/review-criteria';
import { CaseStudyAttachments } from './CaseStudyAttachments';
import { OutcomeSeriesSection } from './OutcomeSeries';
import { TEMPLATE_SECTIONS, peopleRows } from './CaseStudyFacts';

export type CaseStudyForReview = CaseStudyForReviewQuery['caseStudy'];

/**
 * A Markdown section as the published page shows it. The HTML comes from the
 * API's renderMarkdown (raw HTML escaped, allow-listed tags, http/https/mailto
 * links only), the same rendering the published page uses.
 */
function Section({ heading, html }: { heading: string; html: string }): ReactElement | null {
  if (!html.trim()) return null;
  return (
    <section>
      <h3 className="nhsuk-heading-m">{heading}</h3>
      <div className="mic-markdown" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}

const STATE_COLOURS: Record<CriterionState, 'green' | 'red' | 'grey'> = {
  MET: 'green',
  MISSING: 'red',
  CHECK: 'grey',
};

/** The review criteria with what the platform found for each (a tag with a label, never colour alone). */
export function ReviewCriteriaList({ caseStudy }: { caseStudy: CaseStudyForReview }): ReactElement {
  const criteria = reviewCriteria(caseStudy);
  return (
    <section aria-labelledby="criteria-heading" data-testid="review-criteria">
      <h2 className="nhsuk-heading-l" id="criteria-heading">
        Review criteria
      </h2>
      <p>
        Check the case study against each criterion. What the platform found is shown beside it; you
        decide.
      </p>
      <dl className="nhsuk-summary-list">
        {criteria.map((c) => (
          <div key={c.key} className="nhsuk-summary-list__row" data-criterion={c.key}>
            <dt className="nhsuk-summary-list__key">{c.title}</dt>
            <dd className="nhsuk-summary-list__value">
              <Tag colour={STATE_COLOURS[c.state]}>{CRITERION_STATE_LABELS[c.state]}</Tag>
              <p className="nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">{c.finding}</p>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The case study as it will be published, for the reviewer (headings start at h2). */
export function CaseStudyPreview({
  caseStudy: cs,
  virusScanned,
}: {
  caseStudy: CaseStudyForReview;
  virusScanned: boolean;
}): ReactElement {
  return (
    <section
      aria-labelledby="preview-heading"
      className="mic-preview"
      data-testid="case-study-preview"
    >
      <h2 className="nhsuk-heading-l" id="preview-heading">
        The case study as it will be published
      </h2>
      <p className="nhsuk-lede-text">{cs.summary}</p>
      <SummaryList
        rows={[
          {
            key: 'Lead organisation',
            value: `${cs.organisation.name} (${cs.organisation.type.label})`,
          },
          { key: 'Integrated care system', value: cs.ics?.shortName ?? 'Region-wide' },
          { key: 'Place', value: cs.place?.name ?? 'Across the ICS' },
          { key: 'Themes', value: cs.themes.map((t) => t.label).join(', ') || 'None' },
          {
            key: 'Evidence level',
            value: EVIDENCE_LABELS[cs.evidenceLevel as keyof typeof EVIDENCE_LABELS],
          },
          { key: 'Stage', value: STAGE_LABELS[cs.stage as keyof typeof STAGE_LABELS] },
          ...peopleRows(cs),
          { key: 'Review by', value: formatDate(cs.reviewBy) },
        ]}
      />
      {TEMPLATE_SECTIONS.map(({ field, heading }) => (
        <Section key={field} heading={heading} html={cs[field].html} />
      ))}
      <h3 className="nhsuk-heading-m">Attachments</h3>
      <CaseStudyAttachments attachments={cs.attachments} virusScanned={virusScanned} />
      <h3 className="nhsuk-heading-m">Outcomes</h3>
      {cs.outcomes.length === 0 ? <p>No outcome figures have been recorded.</p> : null}
      {cs.outcomes.map((series) => (
        <OutcomeSeriesSection
          key={series.metric.key}
          series={series}
          idPrefix="review-outcome"
          testId="review-outcome-series"
        />
      ))}
    </section>
  );
}
