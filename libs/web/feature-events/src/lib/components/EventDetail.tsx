import type { EventDetailQuery } from '@mic/web-data-access';
import { Button, InsetText, SummaryList } from '@mic/web-ui';
import type { ReactElement, ReactNode } from 'react';

import { eventWhere, formatEventWhen, formatLondonDateTime, placesLeftText, registrationWindowState } from '../utils/event-format';
import { AddToCalendar } from './AddToCalendar';
import { RegistrationStatusTag } from './EventStatusTag';

export type EventDetailData = NonNullable<EventDetailQuery['event']>;

export interface EventDetailProps {
  event: EventDetailData;
  signedIn: boolean;
  /** A link to cancel the registration (via an "are you sure" page), when the user has an active registration. */
  cancelForm?: ReactNode;
  /** Edit, publish and cancel controls for organisers. */
  organiserActions?: ReactNode;
}

/** One event: details, places left, and what the visitor can do next. */
export function EventDetail({ event, signedIn, cancelForm, organiserActions }: EventDetailProps): ReactElement {
  const reg = event.myRegistration;
  const where = eventWhere(event);
  const registrationState = registrationWindowState(event);
  const rows = [
    { key: 'When', value: `${formatEventWhen(event.startsAt, event.endsAt)} (UK time)` },
    { key: 'Where', value: where },
    ...(event.onlineUrl ? [{ key: 'Online link', value: <a href={event.onlineUrl}>{event.onlineUrl}</a> }] : []),
    ...(event.organiserOrganisation ? [{ key: 'Organiser', value: event.organiserOrganisation.name }] : []),
    ...(event.status === 'PUBLISHED'
      ? [
          { key: 'Places left', value: placesLeftText(event) },
          { key: 'Waiting list', value: `${event.waitlistLength} ${event.waitlistLength === 1 ? 'person' : 'people'}` },
        ]
      : []),
    ...(event.registrationClosesAt ? [{ key: 'Registration closes', value: `${formatLondonDateTime(event.registrationClosesAt)} (UK time)` }] : []),
    ...(event.quotas.length
      ? [
          {
            key: 'Guaranteed places',
            value: (
              <ul className="nhsuk-list nhsuk-u-margin-bottom-0" data-testid="guaranteed-places">
                {event.quotas.map((q) => (
                  <li key={`${q.kind}:${q.key}`}>
                    {q.label}: {q.places} {q.places === 1 ? 'place' : 'places'}
                  </li>
                ))}
              </ul>
            ),
          },
        ]
      : []),
  ];
  const open = event.status === 'PUBLISHED' && registrationState === 'OPEN';
  return (
    <>
      <h1 className="nhsuk-heading-xl">{event.title}</h1>
      {event.status === 'CANCELLED' ? <InsetText>This event has been cancelled.</InsetText> : null}
      {event.status === 'COMPLETED' ? (
        <InsetText>
          This event has taken place.
          {reg?.status === 'CONFIRMED' ? (
            <>
              {' '}
              <a href={`/events/${event.id}/feedback`}>Give feedback on this event</a>
            </>
          ) : null}
        </InsetText>
      ) : null}
      <SummaryList rows={rows} />
      <div className="nhsuk-u-reading-width" dangerouslySetInnerHTML={{ __html: event.descriptionHtml }} />
      <h2 className="nhsuk-heading-m">Your place</h2>
      {reg ? (
        <div data-testid="my-registration">
          <p>
            <RegistrationStatusTag status={reg.status} waitlistPlace={reg.waitlistPlace} />
          </p>
          {reg.status === 'OFFERED' && reg.offerExpiresAt ? (
            <p>A place is available. Accept it by {formatLondonDateTime(reg.offerExpiresAt)}.</p>
          ) : null}
          <p>
            <a href={`/my/registrations/${reg.id}`}>View your registration{reg.status === 'CONFIRMED' ? ' and ticket' : ''}</a>
          </p>
          {cancelForm}
        </div>
      ) : open ? (
        signedIn ? (
          <Button href={`/events/${event.id}/register`}>{event.remainingPlaces > 0 ? 'Register' : 'Join the waiting list'}</Button>
        ) : (
          <p>
            <a href={`/sign-in?returnTo=${encodeURIComponent(`/events/${event.id}`)}`}>Sign in to register</a>
          </p>
        )
      ) : event.status === 'PUBLISHED' && registrationState === 'NOT_YET_OPEN' && event.registrationOpensAt ? (
        <p data-testid="registration-closed">Registration opens on {formatLondonDateTime(event.registrationOpensAt)} (UK time).</p>
      ) : event.status === 'PUBLISHED' ? (
        <p data-testid="registration-closed">
          Registration has closed. It closed on {formatLondonDateTime(event.registrationClosesAt ?? event.startsAt)} (UK time).
        </p>
      ) : (
        <p data-testid="registration-closed">Registration is closed.</p>
      )}
      {event.status === 'PUBLISHED' || event.status === 'COMPLETED' ? <AddToCalendar event={event} /> : null}
      {event.canManage ? (
        <>
          <h2 className="nhsuk-heading-m">Organiser tools</h2>
          <ul className="nhsuk-list" data-testid="organiser-tools">
            <li><a href={`/events/${event.id}/delegates`}>Delegates</a></li>
            <li><a href={`/events/${event.id}/check-in`}>Check-in</a></li>
            <li><a href={`/events/${event.id}/attendance`}>Attendance report and feedback</a></li>
            <li><a href={`/events/${event.id}/case-studies`}>Case studies shown at the event</a></li>
            <li><a href={`/events/${event.id}/badges.pdf`}>Name badges (PDF)</a></li>
            <li><a href={`/events/${event.id}/organisers`}>Add a co-organiser</a></li>
          </ul>
          {organiserActions}
        </>
      ) : null}
    </>
  );
}
