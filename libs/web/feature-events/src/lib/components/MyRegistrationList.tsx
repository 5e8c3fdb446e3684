import type { MyRegistrationsQuery } from '@mic/web-data-access';
import { Button } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { formatLondonDateTime } from '../utils/event-format';
import { RegistrationStatusTag } from './EventStatusTag';

export interface MyRegistrationListProps {
  registrations: MyRegistrationsQuery['myRegistrations'];
  /** Secret URL of the personal calendar feed. */
  feedUrl?: string | null;
  /** Server action replacing the feed URL. */
  resetFeedAction?: () => Promise<void>;
}

/** "My registrations": each links to its ticket page. */
export function MyRegistrationList({ registrations, feedUrl, resetFeedAction }: MyRegistrationListProps): ReactElement {
  return (
    <>
      <h1 className="nhsuk-heading-xl">My registrations</h1>
      {registrations.length ? (
        <ul className="nhsuk-list nhsuk-list--border" data-testid="my-registrations">
          {registrations.map((r) => (
            <li key={r.id}>
              <a href={`/my/registrations/${r.id}`}>{r.event.title}</a>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">{formatLondonDateTime(r.event.startsAt)}</p>
              <RegistrationStatusTag status={r.status} waitlistPlace={r.waitlistPlace} />
            </li>
          ))}
        </ul>
      ) : (
        <p>
          You have not registered for any events. <a href="/events">Find an event</a>.
        </p>
      )}
      {feedUrl ? (
        <>
          <h2 className="nhsuk-heading-m">Your events in your calendar</h2>
          <p>Subscribe to this address in your calendar app to see every event you have a place at. Keep it private: anyone with it can see your events.</p>
          <p className="nhsuk-body-s mic-break-anywhere" data-testid="calendar-feed-url">
            <code>{feedUrl}</code>
          </p>
          {resetFeedAction ? (
            <form action={resetFeedAction}>
              <Button variant="secondary">Replace the address (the old one stops working)</Button>
            </form>
          ) : null}
        </>
      ) : null}
    </>
  );
}
