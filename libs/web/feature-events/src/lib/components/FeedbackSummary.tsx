import type { EventFeedbackQuery } from '@mic/web-data-access';
import { TableHead, TableScroll } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { formatLondonDateTime } from '../utils/event-format';

export interface FeedbackSummaryProps {
  feedback: EventFeedbackQuery['eventFeedback'];
}

/** Organisers: ratings, what delegates found useful and adoption interest. */
export function FeedbackSummary({ feedback }: FeedbackSummaryProps): ReactElement {
  return (
    <section aria-labelledby="feedback-heading" data-testid="feedback-summary">
      <h2 className="nhsuk-heading-l" id="feedback-heading">
        Feedback
      </h2>
      {feedback.responseCount === 0 ? (
        <p>
          No feedback yet. Delegates with a place can give feedback once the event is marked as
          completed.
        </p>
      ) : (
        <>
          <p>
            {feedback.responseCount} {feedback.responseCount === 1 ? 'response' : 'responses'},
            average rating {feedback.averageRating} out of 5.
          </p>
          <TableScroll labelledBy="feedback-ratings-caption" stickyFirstColumn>
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption" id="feedback-ratings-caption">
                Ratings
              </caption>
              <TableHead columns={['Rating', { text: 'Responses', numeric: true }]} />
              <tbody className="nhsuk-table__body">
                {[5, 4, 3, 2, 1].map((r) => (
                  <tr key={r} className="nhsuk-table__row">
                    <td className="nhsuk-table__cell">{r} out of 5</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                      {feedback.ratingCounts[r - 1]}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <h3 className="nhsuk-heading-m">Responses</h3>
          <ul className="nhsuk-list nhsuk-list--border">
            {feedback.responses.map((r) => (
              <li key={r.id}>
                <p className="nhsuk-u-margin-bottom-1">
                  <strong>{r.delegateName}</strong>, {r.organisationName}: {r.rating} out of 5
                  <span className="nhsuk-body-s">
                    {' '}
                    ({formatLondonDateTime(r.createdAt)}
                    {r.updatedAt ? `; changed ${formatLondonDateTime(r.updatedAt)}` : ''})
                  </span>
                </p>
                {r.useful ? <p className="nhsuk-u-margin-bottom-1">{r.useful}</p> : null}
                {r.interestedIn.length ? (
                  <p className="nhsuk-body-s">
                    Interested in adopting:{' '}
                    {r.interestedIn.map((cs, i) => (
                      <span key={cs.id}>
                        {i ? ', ' : ''}
                        <a href={`/case-studies/${cs.slug}`}>{cs.title}</a>
                      </span>
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
