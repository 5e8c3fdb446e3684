import { EventSummary, RegistrationForm, formatLondonDateTime, registrationWindowState } from '@mic/web-feature-events';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { registerForEventAction } from '../../../../../lib/events/actions';
import { loadEvent, requireSignIn } from '../../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'Register for an event' };

interface RegisterPageProps {
  params: Promise<{ eventId: string }>;
}

/** The event at a glance (UK time, venue, places left) above the form; after the deadline, a page saying registration has closed. */
export default async function RegisterPage({ params }: RegisterPageProps): Promise<ReactElement> {
  const { eventId } = await params;
  await requireSignIn(`/events/${eventId}/register`);
  const event = await loadEvent(eventId);
  if (event.myRegistration) redirect(`/my/registrations/${event.myRegistration.id}`);
  if (event.status !== 'PUBLISHED') redirect(`/events/${event.id}`);
  const registrationState = registrationWindowState(event);
  if (registrationState !== 'OPEN') {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <BackLink href={`/events/${event.id}`}>Back to the event</BackLink>
          <span className="nhsuk-caption-l">{event.title}</span>
          <h1 className="nhsuk-heading-xl">{registrationState === 'CLOSED' ? 'Registration has closed' : 'Registration has not opened yet'}</h1>
          <p data-testid="registration-closed">
            {registrationState === 'CLOSED'
              ? `Registration for this event closed on ${formatLondonDateTime(event.registrationClosesAt ?? event.startsAt)} (UK time). Contact the organisers if you need a place.`
              : `Registration opens on ${formatLondonDateTime(event.registrationOpensAt ?? event.startsAt)} (UK time).`}
          </p>
          <EventSummary event={event} />
        </div>
      </div>
    );
  }
  const types = Object.fromEntries(event.questions.map((q) => [q.id, q.type]));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <RegistrationForm
          eventTitle={event.title}
          summary={<EventSummary event={event} />}
          questions={event.questions}
          action={registerForEventAction.bind(null, event.id, types)}
        />
      </div>
    </div>
  );
}
