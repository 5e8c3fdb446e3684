'use client';

import { Button, ErrorSummary, errorSummaryItems, Tag, TextInput } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import { formatLondonClock } from '../utils/event-format';
import type { DelegateItem } from './DelegateList';

/** What the last check-in did: who was checked in (or already was), or what went wrong; never in the URL. */
export interface CheckInState {
  errors: Array<{ field?: string; message: string }>;
  /** "Jane Smith (Walsall Healthcare) checked in at 09:14." */
  message?: string;
  /** The ticket code as typed, shown again after an error. */
  ticket?: string;
  submittedAt?: number;
}

export interface CheckInDeskProps {
  eventId: string;
  eventTitle: string;
  search?: string;
  /** Confirmed delegates matching the search. */
  delegates: DelegateItem[];
  /** Server action: checks in the registration in the form field `registrationId` or `ticket`. */
  action: (state: CheckInState, formData: FormData) => Promise<CheckInState>;
}

/**
 * Check-in on the day: scan or type the ticket code, or search by name. Says
 * who was checked in; once someone is in, their button gives way to "Checked
 * in at …". Works on a phone without JavaScript.
 */
export function CheckInDesk({
  eventId,
  eventTitle,
  search,
  delegates,
  action,
}: CheckInDeskProps): ReactElement {
  const [state, formAction] = useActionState(action, { errors: [] } as CheckInState);
  const ticketError = state.errors.find((e) => e.field === 'ticket')?.message;
  return (
    <>
      <ErrorSummary
        key={`summary-${state.submittedAt ?? 0}`}
        errors={errorSummaryItems(state.errors)}
      />
      <span className="nhsuk-caption-l">{eventTitle}</span>
      <h1 className="nhsuk-heading-xl">Check-in</h1>
      {state.message ? (
        <div className="nhsuk-inset-text" role="status" data-testid="check-in-message">
          <p>{state.message}</p>
        </div>
      ) : null}
      <form key={`ticket-${state.submittedAt ?? 0}`} action={formAction}>
        <TextInput
          id="ticket"
          label="Ticket code"
          hint="Scan the QR code on the delegate's ticket, or type the code under it."
          autoComplete="off"
          spellCheck={false}
          defaultValue={ticketError ? state.ticket : undefined}
          error={ticketError}
        />
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
                <p className="nhsuk-u-margin-bottom-1">
                  <strong>{d.name}</strong>, {d.organisationName}
                </p>
                {d.registration.checkedInAt ? (
                  <p className="nhsuk-u-margin-bottom-0" data-testid="checked-in">
                    <Tag colour="green">
                      Checked in at {formatLondonClock(d.registration.checkedInAt)}
                    </Tag>
                  </p>
                ) : (
                  <form action={formAction}>
                    <input type="hidden" name="registrationId" value={d.registration.id} />
                    <Button small>{`Check in ${d.name}`}</Button>
                  </form>
                )}
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
