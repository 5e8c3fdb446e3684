import type { EventDelegatesQuery } from '@mic/web-data-access';
import { Button, Select, TextInput } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { DelegatesSearchParams } from '../utils/event-format';
import { REGISTRATION_STATUS_LABELS } from '../utils/event-format';
import { RegistrationStatusTag } from './EventStatusTag';

export type DelegateItem = EventDelegatesQuery['eventDelegates']['edges'][number]['node'];

export interface DelegateListProps {
  eventId: string;
  eventTitle: string;
  delegates: DelegateItem[];
  totalCount: number;
  params: DelegatesSearchParams;
  message?: string;
  /** Server actions for registrations awaiting approval (form field `registrationId`). */
  approveAction?: (formData: FormData) => Promise<void>;
  declineAction?: (formData: FormData) => Promise<void>;
  /** Server action emailing the delegates (fields subject, body, status). */
  emailAction?: (formData: FormData) => Promise<void>;
}

/** Organisers' delegate list with filters and the CSV export. */
export function DelegateList({ eventId, eventTitle, delegates, totalCount, params, message, approveAction, declineAction, emailAction }: DelegateListProps): ReactElement {
  return (
    <>
      <span className="nhsuk-caption-l">{eventTitle}</span>
      <h1 className="nhsuk-heading-xl">Delegates</h1>
      {message ? (
        <div className="nhsuk-inset-text" role="status">
          <p>{message}</p>
        </div>
      ) : null}
      <form method="get" action={`/events/${eventId}/delegates`} aria-label="Filter delegates">
        <TextInput id="q" label="Name or email" type="search" defaultValue={params.q} width={20} />
        <Select
          id="status"
          label="Status"
          defaultValue={params.status ?? ''}
          options={[{ value: '', text: 'Any status' }, ...Object.entries(REGISTRATION_STATUS_LABELS).map(([value, text]) => ({ value, text }))]}
        />
        <Button variant="secondary">Apply filters</Button>
      </form>
      <p>
        <a href={`/events/${eventId}/delegates.csv`} download>Download all delegates (CSV)</a>
      </p>
      <h2 className="nhsuk-heading-m">{totalCount} {totalCount === 1 ? 'delegate' : 'delegates'}</h2>
      <table className="nhsuk-table" data-testid="delegate-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Delegates of {eventTitle}</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col" className="nhsuk-table__header">Name</th>
            <th scope="col" className="nhsuk-table__header">Organisation</th>
            <th scope="col" className="nhsuk-table__header">ICS</th>
            <th scope="col" className="nhsuk-table__header">Status</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {delegates.map((d) => (
            <tr key={d.registration.id} className="nhsuk-table__row">
              <td className="nhsuk-table__cell">
                {d.name}
                <br />
                <span className="nhsuk-body-s">{d.email}</span>
              </td>
              <td className="nhsuk-table__cell">{d.organisationName}</td>
              <td className="nhsuk-table__cell">{d.registration.icsOdsCode ?? ''}</td>
              <td className="nhsuk-table__cell">
                <RegistrationStatusTag status={d.registration.status} waitlistPosition={d.registration.waitlistPosition} />
                {d.registration.checkedInAt ? <span className="nhsuk-body-s"> Checked in</span> : null}
                {d.registration.status === 'PENDING_APPROVAL' && approveAction && declineAction ? (
                  <>
                    <form action={approveAction}>
                      <input type="hidden" name="registrationId" value={d.registration.id} />
                      <Button small>{`Approve ${d.name}`}</Button>
                    </form>
                    <form action={declineAction}>
                      <input type="hidden" name="registrationId" value={d.registration.id} />
                      <Button small variant="secondary">{`Decline ${d.name}`}</Button>
                    </form>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {emailAction ? (
        <>
          <h2 className="nhsuk-heading-m">Email delegates</h2>
          <form action={emailAction}>
            <input type="hidden" name="idempotencyKey" value={`${eventId.slice(0, 8)}-${Date.now().toString(36)}`} />
            <Select
              id="emailStatus"
              name="status"
              label="Send to"
              defaultValue="CONFIRMED"
              options={Object.entries(REGISTRATION_STATUS_LABELS).map(([value, text]) => ({ value, text }))}
            />
            <TextInput id="subject" label="Subject" />
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor="body">
                Message
              </label>
              <textarea className="nhsuk-textarea" id="body" name="body" rows={5} />
            </div>
            <Button variant="secondary">Send email</Button>
          </form>
        </>
      ) : null}
    </>
  );
}
