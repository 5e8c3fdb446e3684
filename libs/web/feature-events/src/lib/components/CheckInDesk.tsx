import { Button, TextInput } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { DelegateItem } from './DelegateList';

export interface CheckInDeskProps {
  eventId: string;
  eventTitle: string;
  search?: string;
  message?: string;
  /** Confirmed delegates matching the search. */
  delegates: DelegateItem[];
  /** Server action: checks in the registration in the form field `registrationId` or `ticket`. */
  action: (formData: FormData) => Promise<void>;
}

/** Check-in on the day: scan or type the ticket code, or search by name. Works on a phone without JavaScript. */
export function CheckInDesk({ eventId, eventTitle, search, message, delegates, action }: CheckInDeskProps): ReactElement {
  return (
    <>
      <span className="nhsuk-caption-l">{eventTitle}</span>
      <h1 className="nhsuk-heading-xl">Check-in</h1>
      {message ? (
        <div className="nhsuk-inset-text" role="status" data-testid="check-in-message">
          <p>{message}</p>
        </div>
      ) : null}
      <form action={action}>
        <input type="hidden" name="q" value={search ?? ''} />
        <TextInput id="ticket" label="Ticket code" hint="Scan the QR code on the delegate's ticket, or type the code under it." autoComplete="off" spellCheck={false} />
        <Button>Check in ticket</Button>
      </form>
      <h2 className="nhsuk-heading-m">Find by name</h2>
      <form method="get" action={`/events/${eventId}/check-in`} aria-label="Find a delegate">
        <TextInput id="q" label="Name or email" type="search" defaultValue={search} width={20} />
        <Button variant="secondary">Search</Button>
      </form>
      {search ? (
        delegates.length ? (
          <ul className="nhsuk-list nhsuk-list--border" data-testid="check-in-results">
            {delegates.map((d) => (
              <li key={d.registration.id}>
                <form action={action}>
                  <input type="hidden" name="registrationId" value={d.registration.id} />
                  <input type="hidden" name="q" value={search} />
                  <p className="nhsuk-u-margin-bottom-1">
                    <strong>{d.name}</strong>, {d.organisationName}
                    {d.registration.checkedInAt ? ' (checked in)' : ''}
                  </p>
                  <Button small variant={d.registration.checkedInAt ? 'secondary' : 'primary'}>
                    {`Check in ${d.name}`}
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        ) : (
          <p>No confirmed delegate matches “{search}”.</p>
        )
      ) : null}
    </>
  );
}
