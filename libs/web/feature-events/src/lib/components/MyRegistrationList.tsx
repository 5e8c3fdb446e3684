import type { MyRegistrationsQuery } from '@mic/web-data-access';
import type { ReactElement } from 'react';

import { formatLondonDateTime } from '../utils/event-format';
import { RegistrationStatusTag } from './EventStatusTag';

export interface MyRegistrationListProps {
  registrations: MyRegistrationsQuery['myRegistrations'];
}

/** "My registrations": each links to its ticket page. */
export function MyRegistrationList({ registrations }: MyRegistrationListProps): ReactElement {
  return (
    <>
      <h1 className="nhsuk-heading-xl">My registrations</h1>
      {registrations.length ? (
        <ul className="nhsuk-list nhsuk-list--border" data-testid="my-registrations">
          {registrations.map((r) => (
            <li key={r.id}>
              <a href={`/my/registrations/${r.id}`}>{r.event.title}</a>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">{formatLondonDateTime(r.event.startsAt)}</p>
              <RegistrationStatusTag status={r.status} waitlistPosition={r.waitlistPosition} />
            </li>
          ))}
        </ul>
      ) : (
        <p>
          You have not registered for any events. <a href="/events">Find an event</a>.
        </p>
      )}
    </>
  );
}
