import type { EventDelegatesQuery } from '@mic/web-data-access';
import { Button, ErrorSummary, Select, TextInput } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { DelegatesSearchParams } from '../utils/event-format';
import { REGISTRATION_STATUS_LABELS, delegatesFilterQuery, formatLondonDateTime } from '../utils/event-format';
import { RegistrationStatusTag } from './EventStatusTag';

export type DelegateItem = EventDelegatesQuery['eventDelegates']['edges'][number]['node'];

export interface DelegateListProps {
  eventId: string;
  eventTitle: string;
  delegates: DelegateItem[];
  totalCount: number;
  params: DelegatesSearchParams;
  message?: string;
  /** Filter choices: ICSs and organisation types. */
  icss?: { odsCode: string; shortName: string }[];
  organisationTypes?: { key: string; label: string }[];
  /** Other published events the organiser manages: where a delegate can be moved. */
  moveTargets?: { id: string; title: string; startsAt: string }[];
  /** Server actions for registrations awaiting approval (form field `registrationId`). */
  approveAction?: (formData: FormData) => Promise<void>;
  declineAction?: (formData: FormData) => Promise<void>;
  /** Server action emailing the filtered delegates (fields subject, body, status, filters). */
  emailAction?: (formData: FormData) => Promise<void>;
  /** Server action replacing a delegate's tags (fields registrationId, tags, filters). */
  tagAction?: (formData: FormData) => Promise<void>;
  /** Server action moving a delegate to another event (fields registrationId, toEventId, filters). */
  moveAction?: (formData: FormData) => Promise<void>;
}

const MOVABLE = new Set(['CONFIRMED', 'WAITLISTED', 'OFFERED', 'PENDING_APPROVAL']);

/** Organisers' delegate list: filters (GET), tags, move, bulk email to the filtered set and the CSV export. */
export function DelegateList({
  eventId,
  eventTitle,
  delegates,
  totalCount,
  params,
  message,
  icss = [],
  organisationTypes = [],
  moveTargets = [],
  approveAction,
  declineAction,
  emailAction,
  tagAction,
  moveAction,
}: DelegateListProps): ReactElement {
  const filters = delegatesFilterQuery(params);
  const errorFor = (field: string) => (params.error && params.field === field ? params.error : undefined);
  const orgTypeLabel = new Map(organisationTypes.map((t) => [t.key, t.label]));
  return (
    <>
      {params.error ? <ErrorSummary errors={[{ fieldId: params.field, message: params.error }]} /> : null}
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
        <Select
          id="ics"
          label="ICS"
          defaultValue={params.ics ?? ''}
          options={[{ value: '', text: 'Any ICS' }, ...icss.map((i) => ({ value: i.odsCode, text: i.shortName }))]}
        />
        <Select
          id="orgType"
          label="Organisation type"
          defaultValue={params.orgType ?? ''}
          options={[{ value: '', text: 'Any organisation type' }, ...organisationTypes.map((t) => ({ value: t.key, text: t.label }))]}
        />
        <TextInput id="tag" label="Tag" defaultValue={params.tag} width={10} />
        <Button variant="secondary">Apply filters</Button>
      </form>
      {filters ? (
        <p>
          <a href={`/events/${eventId}/delegates`}>Clear filters</a>
        </p>
      ) : null}
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
            <th scope="col" className="nhsuk-table__header">Actions</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {delegates.map((d) => {
            const regId = d.registration.id;
            const tagsError = errorFor(`tags-${regId}`);
            const moveError = errorFor(`move-${regId}`);
            return (
              <tr key={regId} className="nhsuk-table__row">
                <td className="nhsuk-table__cell">
                  <a href={`/events/${eventId}/delegates/${regId}`}>{d.name}</a>
                  <br />
                  <span className="nhsuk-body-s">{d.email}</span>
                </td>
                <td className="nhsuk-table__cell">
                  {d.organisationName}
                  {d.registration.organisationTypeKey ? (
                    <>
                      <br />
                      <span className="nhsuk-body-s">{orgTypeLabel.get(d.registration.organisationTypeKey) ?? d.registration.organisationTypeKey}</span>
                    </>
                  ) : null}
                </td>
                <td className="nhsuk-table__cell">{d.registration.icsOdsCode ?? ''}</td>
                <td className="nhsuk-table__cell">
                  <RegistrationStatusTag status={d.registration.status} waitlistPosition={d.registration.waitlistPosition} />
                  {d.registration.checkedInAt ? <span className="nhsuk-body-s"> Checked in</span> : null}
                  {d.registration.tags.length ? <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">Tags: {d.registration.tags.join(', ')}</p> : null}
                  {d.registration.status === 'PENDING_APPROVAL' && approveAction && declineAction ? (
                    <>
                      <form action={approveAction}>
                        <input type="hidden" name="registrationId" value={regId} />
                        <Button small>{`Approve ${d.name}`}</Button>
                      </form>
                      <form action={declineAction}>
                        <input type="hidden" name="registrationId" value={regId} />
                        <Button small variant="secondary">{`Decline ${d.name}`}</Button>
                      </form>
                    </>
                  ) : null}
                </td>
                <td className="nhsuk-table__cell">
                  {tagAction ? (
                    <form action={tagAction}>
                      <input type="hidden" name="registrationId" value={regId} />
                      <input type="hidden" name="filters" value={filters} />
                      <TextInput
                        id={`tags-${regId}`}
                        name="tags"
                        label={`Tags for ${d.name}`}
                        hint="Separate tags with commas"
                        defaultValue={d.registration.tags.join(', ')}
                        error={tagsError}
                        width={20}
                      />
                      <Button small variant="secondary">{`Save tags for ${d.name}`}</Button>
                    </form>
                  ) : null}
                  {moveAction && moveTargets.length && MOVABLE.has(d.registration.status) && !d.registration.checkedInAt ? (
                    <form action={moveAction}>
                      <input type="hidden" name="registrationId" value={regId} />
                      <input type="hidden" name="filters" value={filters} />
                      <Select
                        id={`move-${regId}`}
                        name="toEventId"
                        label={`Move ${d.name} to`}
                        error={moveError}
                        options={[
                          { value: '', text: 'Choose an event' },
                          ...moveTargets.map((e) => ({ value: e.id, text: `${e.title} (${formatLondonDateTime(e.startsAt)})` })),
                        ]}
                      />
                      <Button small variant="secondary">{`Move ${d.name}`}</Button>
                    </form>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {emailAction ? (
        <>
          <h2 className="nhsuk-heading-m">Email these delegates</h2>
          <p>The email goes to the delegates matching the filters above{filters ? '' : ' (all delegates)'}, with the status you choose.</p>
          <form action={emailAction}>
            <input type="hidden" name="idempotencyKey" value={`${eventId.slice(0, 8)}-${Date.now().toString(36)}`} />
            <input type="hidden" name="filters" value={filters} />
            <Select
              id="emailStatus"
              name="status"
              label="Send to"
              defaultValue={params.status ?? 'CONFIRMED'}
              options={Object.entries(REGISTRATION_STATUS_LABELS).map(([value, text]) => ({ value, text }))}
            />
            <TextInput id="subject" label="Subject" error={errorFor('subject')} />
            <div className={`nhsuk-form-group${errorFor('body') ? ' nhsuk-form-group--error' : ''}`}>
              <label className="nhsuk-label" htmlFor="body">
                Message
              </label>
              {errorFor('body') ? (
                <span className="nhsuk-error-message" id="body-error">
                  <span className="nhsuk-u-visually-hidden">Error:</span> {errorFor('body')}
                </span>
              ) : null}
              <textarea
                className={`nhsuk-textarea${errorFor('body') ? ' nhsuk-textarea--error' : ''}`}
                id="body"
                name="body"
                rows={5}
                aria-describedby={errorFor('body') ? 'body-error' : undefined}
              />
            </div>
            <Button variant="secondary">Send email</Button>
          </form>
        </>
      ) : null}
    </>
  );
}
