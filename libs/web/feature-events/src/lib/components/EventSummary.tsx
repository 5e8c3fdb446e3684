import { SummaryList } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { eventWhere, formatEventWhen, formatLondonDateTime, placesLeftText } from '../utils/event-format';

export interface EventSummaryProps {
  event: {
    startsAt: string;
    endsAt: string;
    venueName?: string | null;
    venueAddress?: string | null;
    isOnline: boolean;
    status: string;
    capacity: number;
    remainingPlaces: number;
    waitlistLength: number;
    registrationClosesAt?: string | null;
  };
}

/** The event at a glance, above the registration form: when (UK time), where, places left and the deadline. */
export function EventSummary({ event }: EventSummaryProps): ReactElement {
  return (
    <div data-testid="event-summary">
      <SummaryList
        rows={[
          { key: 'Date and time', value: `${formatEventWhen(event.startsAt, event.endsAt)} (UK time)` },
          { key: 'Venue', value: eventWhere(event) },
          ...(event.status === 'PUBLISHED' ? [{ key: 'Places left', value: placesLeftText(event) }] : []),
          ...(event.registrationClosesAt ? [{ key: 'Registration closes', value: `${formatLondonDateTime(event.registrationClosesAt)} (UK time)` }] : []),
        ]}
      />
    </div>
  );
}
