import type { ReviewQueueQuery } from '@mic/web-data-access';
import { ErrorSummary, Textarea } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { SubmitButton } from './FormFields';

export interface ReviewQueueProps {
  queue: ReviewQueueQuery['caseStudies'];
  approveAction: (formData: FormData) => Promise<void>;
  returnAction: (formData: FormData) => Promise<void>;
  error?: string;
}

/** Submitted case studies awaiting peer review; reviewers from the same ICS are refused by the API. */
export function ReviewQueue({
  queue,
  approveAction,
  returnAction,
  error,
}: ReviewQueueProps): ReactElement {
  return (
    <>
      {error ? <ErrorSummary errors={[{ message: error }]} /> : null}
      <h1 className="nhsuk-heading-xl">Peer review queue</h1>
      <p>Review case studies from other ICSs. You cannot review one from your own ICS.</p>
      {queue.edges.length === 0 ? <p>Nothing is waiting for review.</p> : null}
      <ul className="nhsuk-list" data-testid="review-queue">
        {queue.edges.map(({ node }) => (
          <li key={node.id} className="nhsuk-card">
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-heading-m">
                <a href={`/case-studies/${node.slug}`}>{node.title}</a>
              </h2>
              <p>{node.summary}</p>
              <p className="nhsuk-body-s">
                {node.organisation.name}
                {node.ics ? `, ${node.ics.shortName}` : ''}
              </p>
              <form action={approveAction}>
                <input type="hidden" name="id" value={node.id} />
                <SubmitButton>{`Approve and publish ${node.title}`}</SubmitButton>
              </form>
              <form action={returnAction}>
                <input type="hidden" name="id" value={node.id} />
                <Textarea id={`comments-${node.id}`} label="Comments for the authors" rows={3} />
                <SubmitButton secondary>{`Return ${node.title} with comments`}</SubmitButton>
              </form>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
