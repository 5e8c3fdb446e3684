'use client';

import type { EventDelegatesQuery } from '@mic/web-data-access';
import {
  Button,
  ErrorSummary,
  errorSummaryItems,
  FilterSelect,
  Select,
  TableHead,
  TableScroll,
  Textarea,
  TextInput,
} from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { DelegatesSearchParams } from '../utils/event-format';
import {
  REGISTRATION_STATUS_LABELS,
  delegatesFilterQuery,
  formatLondonClock,
  formatLondonDateTime,
} from '../utils/event-format';
import { RegistrationStatusTag } from './EventStatusTag';

export type DelegateItem = EventDelegatesQuery['eventDelegates']['edges'][number]['node'];

/**
 * What a delegate-list action did: a message, or errors (each for a field:
 * `subject`, `body`, `tags-<id>`, `move-<id>`) with what was typed, so
 * nothing is lost and nothing travels in the URL.
 */
export interface DelegateListState {
  errors: Array<{ field?: string; message: string }>;
  /** What was typed in the form that failed (by field id), shown again. */
  values: Record<string, string>;
  message?: string;
  submittedAt?: number;
}

export interface DelegateListProps {
  eventId: string;
  eventTitle: string;
  delegates: DelegateItem[];
  totalCount: number;
  params: DelegatesSearchParams;
  /** Filter choices: ICSs and organisation types. */
  icss?: { odsCode: string; shortName: string }[];
  organisationTypes?: { key: string; label: string }[];
  /** Other published events the organiser manages: where a delegate can be moved. */
  moveTargets?: { id: string; title: string; startsAt: string }[];
  /** A fresh key per page load for the email form, so a double submit sends once. */
  emailKey: string;
  /**
   * One server action for every form on the page; the form's `intent` says
   * which: approve, decline (registrationId), tag (registrationId, tags),
   * move (registrationId, toEventId) or email (subject, body, status); each
   * carries the list's `filters`.
   */
  action: (state: DelegateListState, formData: FormData) => Promise<DelegateListState>;
}

const MOVABLE = new Set(['CONFIRMED', 'WAITLISTED', 'OFFERED', 'PENDING_APPROVAL']);

/** Organisers' delegate list: filters (GET), tags, move, approval, bulk email to the filtered set and the CSV export. */
export function DelegateList({
  eventId,
  eventTitle,
  delegates,
  totalCount,
  params,
  icss = [],
  organisationTypes = [],
  moveTargets = [],
  emailKey,
  action,
}: DelegateListProps): ReactElement {
  const [state, formAction] = useActionState(action, {
    errors: [],
    values: {},
  } as DelegateListState);
  const filters = delegatesFilterQuery(params);
  const errorFor = (field: string) => state.errors.find((e) => e.field === field)?.message;
  const typed = (field: string, fallback?: string) =>
    field in state.values ? state.values[field] : fallback;
  const formKey = (name: string) => `${name}-${state.submittedAt ?? 0}`;
  return (
    <>
      <ErrorSummary
        key={`summary-${state.submittedAt ?? 0}`}
        errors={errorSummaryItems(state.errors)}
      />
      <span className="nhsuk-caption-l">{eventTitle}</span>
      <h1 className="nhsuk-heading-xl">Delegates</h1>
      {state.message ? (
        <div className="nhsuk-inset-text" role="status" data-testid="delegates-message">
          <p>{state.message}</p>
        </div>
      ) : null}
      <form method="get" action={`/events/${eventId}/delegates`} aria-label="Filter delegates">
        <TextInput id="q" label="Name or email" type="search" defaultValue={params.q} width={20} />
        <FilterSelect
          id="status"
          label="Status"
          value={params.status}
          anyText="Any status"
          options={Object.entries(REGISTRATION_STATUS_LABELS).map(([value, text]) => ({
            value,
            text,
          }))}
        />
        <FilterSelect
          id="ics"
          label="ICS"
          value={params.ics}
          anyText="Any ICS"
          options={icss.map((i) => ({ value: i.odsCode, text: i.shortName }))}
        />
        <FilterSelect
          id="orgType"
          label="Organisation type"
          value={params.orgType}
          anyText="Any organisation type"
          options={organisationTypes.map((t) => ({ value: t.key, text: t.label }))}
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
        <a href={`/events/${eventId}/delegates.csv`} download>
          Download all delegates (CSV)
        </a>
      </p>
      <h2 className="nhsuk-heading-m">
        {totalCount} {totalCount === 1 ? 'delegate' : 'delegates'}
      </h2>
      <TableScroll labelledBy="delegate-table-caption" stickyFirstColumn>
        <table className="nhsuk-table" data-testid="delegate-table">
          <caption
            className="nhsuk-table__caption nhsuk-u-visually-hidden"
            id="delegate-table-caption"
          >
            Delegates of {eventTitle}
          </caption>
          <TableHead columns={['Name', 'Organisation', 'ICS', 'Status', 'Actions']} />
          <tbody className="nhsuk-table__body">
            {delegates.map((d) => {
              const reg = d.registration;
              const regId = reg.id;
              return (
                <tr key={regId} className="nhsuk-table__row">
                  <th scope="row" className="nhsuk-table__header mic-delegate-name">
                    <a href={`/events/${eventId}/delegates/${regId}`}>{d.name}</a>
                    <br />
                    <span className="nhsuk-body-s mic-break-anywhere">{d.email}</span>
                  </th>
                  <td className="nhsuk-table__cell">
                    {d.organisationName}
                    {d.organisationTypeLabel ? (
                      <>
                        <br />
                        <span className="nhsuk-body-s">{d.organisationTypeLabel}</span>
                      </>
                    ) : null}
                  </td>
                  <td className="nhsuk-table__cell">
                    {d.icsName ?? (reg.icsOdsCode ? reg.icsOdsCode : 'Not in an ICS')}
                  </td>
                  <td className="nhsuk-table__cell">
                    <RegistrationStatusTag status={reg.status} waitlistPlace={reg.waitlistPlace} />
                    {reg.checkedInAt ? (
                      <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                        Checked in at {formatLondonClock(reg.checkedInAt)}
                      </p>
                    ) : null}
                    {reg.tags.length ? (
                      <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                        Tags: {reg.tags.join(', ')}
                      </p>
                    ) : null}
                    {reg.status === 'PENDING_APPROVAL' ? (
                      <>
                        <form action={formAction}>
                          <input type="hidden" name="intent" value="approve" />
                          <input type="hidden" name="registrationId" value={regId} />
                          <input type="hidden" name="filters" value={filters} />
                          <Button small>{`Approve ${d.name}`}</Button>
                        </form>
                        {/* Declining emails them and cannot be undone: confirmed inline, without JavaScript. */}
                        <details className="nhsuk-details">
                          <summary className="nhsuk-details__summary">
                            <span className="nhsuk-details__summary-text">{`Decline ${d.name}`}</span>
                          </summary>
                          <div className="nhsuk-details__text">
                            <form action={formAction}>
                              <p>
                                They will be emailed that their registration was not accepted. This
                                cannot be undone.
                              </p>
                              <input type="hidden" name="intent" value="decline" />
                              <input type="hidden" name="registrationId" value={regId} />
                              <input type="hidden" name="filters" value={filters} />
                              <Button small variant="warning">{`Yes, decline ${d.name}`}</Button>
                            </form>
                          </div>
                        </details>
                      </>
                    ) : null}
                  </td>
                  <td className="nhsuk-table__cell mic-delegate-actions">
                    <form key={formKey(`tags-${regId}`)} action={formAction}>
                      <input type="hidden" name="intent" value="tag" />
                      <input type="hidden" name="registrationId" value={regId} />
                      <input type="hidden" name="filters" value={filters} />
                      <TextInput
                        id={`tags-${regId}`}
                        name="tags"
                        label={`Tags for ${d.name}`}
                        hint="Separate tags with commas"
                        defaultValue={typed(`tags-${regId}`, reg.tags.join(', '))}
                        error={errorFor(`tags-${regId}`)}
                        width={20}
                      />
                      <Button small variant="secondary">{`Save tags for ${d.name}`}</Button>
                    </form>
                    {moveTargets.length && MOVABLE.has(reg.status) && !reg.checkedInAt ? (
                      <form key={formKey(`move-${regId}`)} action={formAction}>
                        <input type="hidden" name="intent" value="move" />
                        <input type="hidden" name="registrationId" value={regId} />
                        <input type="hidden" name="filters" value={filters} />
                        <Select
                          id={`move-${regId}`}
                          name="toEventId"
                          label={`Move ${d.name} to`}
                          error={errorFor(`move-${regId}`)}
                          defaultValue={typed(`move-${regId}`, '')}
                          options={[
                            { value: '', text: 'Choose an event' },
                            ...moveTargets.map((e) => ({
                              value: e.id,
                              text: `${e.title} (${formatLondonDateTime(e.startsAt)})`,
                            })),
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
      </TableScroll>
      <h2 className="nhsuk-heading-m">Email these delegates</h2>
      <p>
        The email goes to the delegates matching the filters above
        {filters ? '' : ' (all delegates)'}, with the status you choose.
      </p>
      <form key={formKey('email')} action={formAction}>
        <input type="hidden" name="intent" value="email" />
        <input type="hidden" name="idempotencyKey" value={emailKey} />
        <input type="hidden" name="filters" value={filters} />
        <Select
          id="emailStatus"
          name="status"
          label="Send to"
          defaultValue={typed('emailStatus', params.status ?? 'CONFIRMED')}
          options={Object.entries(REGISTRATION_STATUS_LABELS).map(([value, text]) => ({
            value,
            text,
          }))}
        />
        <TextInput
          id="subject"
          label="Subject"
          error={errorFor('subject')}
          defaultValue={typed('subject')}
        />
        <Textarea
          id="body"
          label="Message"
          rows={5}
          error={errorFor('body')}
          defaultValue={typed('body')}
        />
        <Button variant="secondary">Send email</Button>
      </form>
    </>
  );
}
