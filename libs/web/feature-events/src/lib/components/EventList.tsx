import type { EventFilterOptionsQuery, EventsQuery } from '@mic/web-data-access';
import { Button, FilterSelect } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { EventsSearchParams } from '../utils/event-format';
import { formatEventWhen } from '../utils/event-format';
import { RegistrationStatusTag } from './EventStatusTag';

type EventItem = EventsQuery['events']['edges'][number]['node'];

export interface EventListProps {
  upcoming: EventItem[];
  past: EventItem[];
  options: EventFilterOptionsQuery;
  params: EventsSearchParams;
  /** Organisers see a link to create an event. */
  canCreate?: boolean;
}

function EventItems({ events, testId }: { events: EventItem[]; testId: string }): ReactElement {
  return (
    <ul className="nhsuk-list nhsuk-list--border" data-testid={testId}>
      {events.map((event) => (
        <li key={event.id}>
          <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
            <a href={`/events/${event.id}`}>{event.title}</a>
          </h3>
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">{formatEventWhen(event.startsAt, event.endsAt)}</p>
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">{event.venueName ?? (event.isOnline ? 'Online' : '')}</p>
          {event.status === 'PUBLISHED' ? (
            <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
              {event.remainingPlaces > 0
                ? `${event.remainingPlaces} ${event.remainingPlaces === 1 ? 'place' : 'places'} left`
                : `Full: ${event.waitlistLength} on the waiting list`}
            </p>
          ) : null}
          {event.status === 'CANCELLED' ? <p className="nhsuk-body-s">This event was cancelled.</p> : null}
          {event.myRegistration ? <RegistrationStatusTag status={event.myRegistration.status} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** /events: filters, upcoming events (with places left) and past events. */
export function EventList({ upcoming, past, options, params, canCreate }: EventListProps): ReactElement {
  return (
    <>
      <h1 className="nhsuk-heading-xl">Events</h1>
      {canCreate ? (
        <p>
          <a href="/events/new">Create an event</a>
        </p>
      ) : null}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <form method="get" action="/events" aria-label="Filter events">
            <FilterSelect
              id="ics"
              label="Integrated care system"
              value={params.ics}
              anyText="All ICSs"
              options={options.icss.map((i) => ({ value: i.odsCode, text: i.shortName }))}
            />
            <FilterSelect
              id="theme"
              label="Theme"
              value={params.theme}
              anyText="All themes"
              options={options.themes.map((t) => ({ value: t.key, text: t.label }))}
            />
            <Button variant="secondary">Apply filters</Button>
          </form>
        </div>
        <div className="nhsuk-grid-column-two-thirds">
          <h2 className="nhsuk-heading-l">Upcoming events</h2>
          {upcoming.length ? <EventItems events={upcoming} testId="upcoming-events" /> : <p>No upcoming events match.</p>}
          <h2 className="nhsuk-heading-l">Past events</h2>
          {past.length ? <EventItems events={past} testId="past-events" /> : <p>No past events match.</p>}
        </div>
      </div>
    </>
  );
}
