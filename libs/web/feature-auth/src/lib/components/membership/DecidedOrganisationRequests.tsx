import type { AdminOrganisationRequestFragment } from '@mic/web-data-access';
import { Tag } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { formatDate } from '../../utils/dates';

export interface DecidedOrganisationRequestsProps {
  requests: readonly AdminOrganisationRequestFragment[];
  /** How many to show (newest decisions first). */
  limit?: number;
}

/** Recently decided organisation requests: added (with a link) or rejected (with the reason). */
export function DecidedOrganisationRequests({
  requests,
  limit = 20,
}: DecidedOrganisationRequestsProps): ReactElement {
  const recent = [...requests]
    .sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''))
    .slice(0, limit);
  if (recent.length === 0) return <p>No organisation requests have been decided yet.</p>;
  return (
    <ul className="nhsuk-list nhsuk-list--border" data-testid="decided-organisation-requests">
      {recent.map((request) => (
        <li key={request.id}>
          <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">{request.name}</h3>
          <p className="nhsuk-u-margin-bottom-1">
            {request.status === 'CREATED' ? (
              <Tag colour="green">Added</Tag>
            ) : (
              <Tag colour="red">Rejected</Tag>
            )}
          </p>
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
            Asked by {request.requestedBy.name} ({request.ics.shortName} ICS)
            {request.decidedAt ? `; decided on ${formatDate(request.decidedAt)}` : ''}
          </p>
          {request.organisation ? (
            <p className="nhsuk-body-s">
              <a href={`/organisations/${encodeURIComponent(request.organisation.id)}`}>
                {request.organisation.name}
              </a>
            </p>
          ) : null}
          {request.decisionNote ? (
            <p className="nhsuk-body-s">Reason: {request.decisionNote}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
