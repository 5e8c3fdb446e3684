import type { OrganisationRequestSummaryFragment } from '@mic/web-data-access';
import { Tag } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { formatDate } from '../../utils/dates';

export interface OrganisationRequestListProps {
  requests: readonly OrganisationRequestSummaryFragment[];
}

const STATUS = {
  REQUESTED: { text: 'Waiting for an admin', colour: 'yellow' },
  CREATED: { text: 'Added', colour: 'green' },
  REJECTED: { text: 'Rejected', colour: 'red' },
} as const;

/** The person's own "my organisation is not listed" requests and what became of them. */
export function OrganisationRequestList({ requests }: OrganisationRequestListProps): ReactElement {
  if (requests.length === 0) return <p>You have not asked for an organisation to be added.</p>;
  return (
    <ul className="nhsuk-list nhsuk-list--border" data-testid="my-organisation-requests">
      {requests.map((request) => {
        const status = STATUS[request.status];
        return (
          <li key={request.id}>
            <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">{request.name}</h3>
            <p className="nhsuk-u-margin-bottom-1">
              <Tag colour={status.colour}>{status.text}</Tag>
            </p>
            <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
              Asked on {formatDate(request.createdAt)}
              {request.decidedAt ? `; decided on ${formatDate(request.decidedAt)}` : ''}
            </p>
            {request.status === 'REJECTED' && request.decisionNote ? (
              <p className="nhsuk-body-s">Reason: {request.decisionNote}</p>
            ) : null}
            {request.organisation ? (
              <p className="nhsuk-body-s">
                <a href={`/organisations/${encodeURIComponent(request.organisation.id)}`}>
                  {request.organisation.name}
                </a>{' '}
                is now in the directory, and you have asked to join it.
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
