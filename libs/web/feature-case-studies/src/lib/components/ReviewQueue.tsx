import type { ReviewQueueQuery } from '@mic/web-data-access';
import { InsetText } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { formatDate } from '../utils/case-study-params';
import { CaseStudyStatusTag } from './CaseStudyStatusTag';

type QueueItem = ReviewQueueQuery['caseStudies']['edges'][number]['node'];

export interface ReviewQueueProps {
  queue: ReviewQueueQuery['caseStudies'];
  /** After a decision: what was decided (the queue page shows a confirmation panel). */
  done?: { kind: 'published'; title: string; slug: string } | { kind: 'returned' };
}

function QueueCard({ node }: { node: QueueItem }): ReactElement {
  return (
    <li className="nhsuk-card" data-testid="review-queue-item" data-slug={node.slug}>
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-m">
          <a href={`/case-studies/${node.slug}/review`}>{node.title}</a>
        </h3>
        <p className="nhsuk-card__description">{node.summary}</p>
        <p className="nhsuk-body-s">
          <CaseStudyStatusTag status={node.status} />{' '}
          {node.submittedAt ? `on ${formatDate(node.submittedAt)}` : null}
        </p>
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
          {node.organisation.name} ({node.organisation.type.label})
          {node.ics ? `, ${node.ics.shortName}` : ', region-wide'}
          {node.themes.length ? ` · ${node.themes.map((t) => t.label).join(', ')}` : ''}
        </p>
      </div>
    </li>
  );
}

/**
 * Submitted case studies awaiting peer review. Each links to its review page
 * (the full case study, the criteria, and the decision); those from the
 * reviewer's own ICS are listed apart, since someone else must review them.
 */
export function ReviewQueue({ queue, done }: ReviewQueueProps): ReactElement {
  const nodes = queue.edges.map((e) => e.node);
  const mine = nodes.filter((n) => n.canReview);
  const others = nodes.filter((n) => !n.canReview);
  return (
    <>
      {done ? (
        <div className="nhsuk-panel" data-testid="review-done">
          <h1 className="nhsuk-panel__title">
            {done.kind === 'published'
              ? 'Case study published'
              : 'Case study returned to its author'}
          </h1>
          <div className="nhsuk-panel__body">
            {done.kind === 'published'
              ? `${done.title} is now in the library with your peer-review badge.`
              : 'The authors can see your comments and will resubmit it when they have made changes.'}
          </div>
        </div>
      ) : null}
      {done ? (
        <>
          <h2 className="nhsuk-heading-m">What happens next</h2>
          <p>
            {done.kind === 'published' ? (
              <>
                The authors have been notified.{' '}
                <a href={`/case-studies/${done.slug}`}>View {done.title}</a>.
              </>
            ) : (
              'The authors have been notified. It will come back to this queue when they resubmit it.'
            )}
          </p>
        </>
      ) : null}
      {done ? (
        <h2 className="nhsuk-heading-l">Peer review queue</h2>
      ) : (
        <h1 className="nhsuk-heading-xl">Peer review queue</h1>
      )}
      <p>
        Review case studies from other integrated care systems against the review criteria: the
        evidence, dated and sourced outcome figures, a named contact, and consent to share.
      </p>
      <h2 className="nhsuk-heading-m" id="ready-heading">
        Ready for you to review ({mine.length})
      </h2>
      {mine.length === 0 ? <p>Nothing is waiting for you to review.</p> : null}
      {mine.length ? (
        <ul className="nhsuk-list" data-testid="review-queue" aria-labelledby="ready-heading">
          {mine.map((node) => (
            <QueueCard key={node.id} node={node} />
          ))}
        </ul>
      ) : null}
      {others.length ? (
        <>
          <h2 className="nhsuk-heading-m" id="others-heading">
            From your own ICS ({others.length})
          </h2>
          <InsetText>
            <p>Someone from a different integrated care system must review these.</p>
          </InsetText>
          <ul
            className="nhsuk-list"
            data-testid="review-queue-own-ics"
            aria-labelledby="others-heading"
          >
            {others.map((node) => (
              <QueueCard key={node.id} node={node} />
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
