import type { CaseStudiesQuery, CaseStudyFilterOptionsQuery } from '@mic/web-data-access';
import { FilterForm, FilterSelect, Pagination, Tag } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { CaseStudiesSearchParams } from '../utils/case-study-params';
import {
  EVIDENCE_LABELS,
  EVIDENCE_LEVELS,
  PRACTICE_STAGES,
  STAGE_LABELS,
  caseStudiesHref,
  formatDate,
  formatValue,
} from '../utils/case-study-params';

export interface CaseStudyLibraryProps {
  connection: CaseStudiesQuery['caseStudies'];
  options: CaseStudyFilterOptionsQuery;
  params: CaseStudiesSearchParams;
}

/** The practice library: GET-form filters, results and a "Next" link. */
export function CaseStudyLibrary({
  connection,
  options,
  params,
}: CaseStudyLibraryProps): ReactElement {
  const filtered = Boolean(
    params.q || params.ics || params.theme || params.evidence || params.stage || params.stale,
  );
  return (
    <>
      <h1 className="nhsuk-heading-xl">Case studies</h1>
      <p className="nhsuk-lede-text">
        Practice that worked in the Midlands, with dated and sourced outcome figures, peer reviewed
        by another ICS.
      </p>
      <p>
        <a href="/case-studies/new">Write a case study</a> ·{' '}
        <a href="/case-studies/mine">Your organisation’s case studies</a> ·{' '}
        <a href="/case-studies/review">Peer review queue</a> ·{' '}
        <a href="/spread">Spread across the region</a> · <a href="/metrics">Metric dictionary</a>
      </p>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <FilterForm
            action="/case-studies"
            label="Filter case studies"
            searchLabel="Search"
            q={params.q}
            filtered={filtered}
          >
            <FilterSelect
              id="ics"
              label="Integrated care system"
              anyText="All ICSs"
              options={options.icss.map((i) => ({ value: i.odsCode, text: i.shortName }))}
              value={params.ics}
            />
            <FilterSelect
              id="theme"
              label="Theme"
              anyText="All themes"
              options={options.themes.map((t) => ({ value: t.key, text: t.label }))}
              value={params.theme}
            />
            <FilterSelect
              id="evidence"
              label="Evidence level"
              anyText="Any evidence"
              options={EVIDENCE_LEVELS.map((e) => ({ value: e, text: EVIDENCE_LABELS[e] }))}
              value={params.evidence}
            />
            <FilterSelect
              id="stage"
              label="Stage"
              anyText="Any stage"
              options={PRACTICE_STAGES.map((s) => ({ value: s, text: STAGE_LABELS[s] }))}
              value={params.stage}
            />
            <FilterSelect
              id="stale"
              label="Review date"
              anyText="Include overdue for review"
              options={[
                { value: 'exclude', text: 'Hide overdue for review' },
                { value: 'only', text: 'Only overdue for review' },
              ]}
              value={params.stale}
            />
          </FilterForm>
        </div>
        <div className="nhsuk-grid-column-two-thirds">
          <p role="status">
            {connection.totalCount} {connection.totalCount === 1 ? 'case study' : 'case studies'}
          </p>
          <ul className="nhsuk-list" data-testid="case-study-list">
            {connection.edges.map(({ node }) => (
              <li key={node.id} className="nhsuk-card nhsuk-card--clickable">
                <div className="nhsuk-card__content">
                  <h2 className="nhsuk-card__heading nhsuk-heading-m">
                    <a className="nhsuk-card__link" href={`/case-studies/${node.slug}`}>
                      {node.title}
                    </a>
                  </h2>
                  <p className="nhsuk-card__description">{node.summary}</p>
                  <p className="nhsuk-body-s">
                    {node.organisation.name}
                    {node.ics ? `, ${node.ics.shortName}` : ', region-wide'} ·{' '}
                    {node.themes.map((t) => t.label).join(', ')}
                  </p>
                  {node.latestOutcomes.length ? (
                    <ul className="nhsuk-list nhsuk-body-s">
                      {node.latestOutcomes.map((o) => (
                        <li key={o.metric.key}>
                          {o.metric.label}: {formatValue(o.value, o.metric.unit, o.qualifier)} (
                          {formatDate(o.measuredOn)})
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <p className="nhsuk-body-s">
                    <Tag colour="blue">{EVIDENCE_LABELS[node.evidenceLevel]}</Tag>{' '}
                    {node.peerReview ? <Tag colour="green">Peer reviewed</Tag> : null}{' '}
                    {node.isStale ? <Tag colour="orange">Overdue for review</Tag> : null}{' '}
                    {node.adoptionCount
                      ? `${node.adoptionCount} ${node.adoptionCount === 1 ? 'adopter' : 'adopters'}`
                      : null}
                  </p>
                </div>
              </li>
            ))}
          </ul>
          {connection.pageInfo.hasNextPage && connection.pageInfo.endCursor ? (
            <Pagination
              next={{
                href: caseStudiesHref({ ...params, after: connection.pageInfo.endCursor }),
                title: 'Next',
              }}
            />
          ) : null}
        </div>
      </div>
    </>
  );
}
