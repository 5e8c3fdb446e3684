import type { EventDelegateQuery } from '@mic/web-data-access';
import { BackLink, SummaryList } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { formatLondonDateTime } from '../utils/event-format';
import { RegistrationStatusTag } from './EventStatusTag';
import { RegistrationHistory } from './RegistrationHistory';

export type DelegateDetailData = NonNullable<EventDelegateQuery['eventDelegate']>;

export interface DelegateDetailProps {
  event: { id: string; title: string; questions: { id: string; label: string }[] };
  delegate: DelegateDetailData;
}

/** Organisers' page for one delegate: their details, answers and every change to the registration. */
export function DelegateDetail({ event, delegate }: DelegateDetailProps): ReactElement {
  const reg = delegate.registration;
  const question = new Map(event.questions.map((q) => [q.id, q.label]));
  return (
    <>
      <BackLink href={`/events/${event.id}/delegates`}>Back to delegates</BackLink>
      <span className="nhsuk-caption-l">{event.title}</span>
      <h1 className="nhsuk-heading-xl">{delegate.name}</h1>
      <SummaryList
        rows={[
          { key: 'Status', value: <RegistrationStatusTag status={reg.status} waitlistPlace={reg.waitlistPlace} /> },
          { key: 'Email', value: <a href={`mailto:${delegate.email}`} className="mic-break-anywhere">{delegate.email}</a> },
          { key: 'Organisation', value: delegate.organisationName },
          ...(delegate.organisationTypeLabel ? [{ key: 'Organisation type', value: delegate.organisationTypeLabel }] : []),
          ...(reg.icsOdsCode ? [{ key: 'ICS', value: delegate.icsName ?? reg.icsOdsCode }] : []),
          { key: 'Registered', value: `${formatLondonDateTime(reg.createdAt)} (UK time)` },
          ...(reg.offerExpiresAt ? [{ key: 'Offer expires', value: `${formatLondonDateTime(reg.offerExpiresAt)} (UK time)` }] : []),
          ...(reg.checkedInAt ? [{ key: 'Checked in', value: `${formatLondonDateTime(reg.checkedInAt)} (UK time)` }] : []),
          ...(reg.tags.length ? [{ key: 'Tags', value: reg.tags.join(', ') }] : []),
          ...delegate.answers.map((a) => ({
            key: question.get(a.questionId) ?? a.questionId,
            value: `${a.values.join(', ')}${a.sensitive ? ' (sensitive: deleted after the event)' : ''}`,
          })),
        ]}
      />
      <RegistrationHistory history={reg.history} />
    </>
  );
}
