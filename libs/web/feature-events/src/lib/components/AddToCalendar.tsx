import type { ReactElement } from 'react';

import { eventWhere, outlookCalendarUrl } from '../utils/event-format';

export interface AddToCalendarProps {
  event: {
    id: string;
    title: string;
    startsAt: string;
    endsAt: string;
    venueName?: string | null;
    venueAddress?: string | null;
    isOnline: boolean;
  };
  /** Extra text for the calendar entry's body (e.g. the ticket code). */
  note?: string;
}

/**
 * "Add to calendar": the event's .ics file (any calendar app) and an Outlook
 * on the web link. Links only: nothing is loaded from another site.
 */
export function AddToCalendar({ event, note }: AddToCalendarProps): ReactElement {
  const location = eventWhere(event);
  const body = [`${event.title} (Midlands Improvement Commons).`, note].filter(Boolean).join(' ');
  return (
    <section aria-labelledby="add-to-calendar" data-testid="add-to-calendar">
      <h2 className="nhsuk-heading-m" id="add-to-calendar">
        Add to calendar
      </h2>
      <ul className="nhsuk-list">
        <li>
          <a href={`/events/${event.id}/calendar.ics`} download>
            Download a calendar file (.ics) for Outlook, Apple or Google Calendar
          </a>
        </li>
        <li>
          <a href={outlookCalendarUrl({ title: event.title, startsAt: event.startsAt, endsAt: event.endsAt, location, body })} rel="noopener noreferrer">
            Add to Outlook on the web
          </a>
        </li>
      </ul>
    </section>
  );
}
