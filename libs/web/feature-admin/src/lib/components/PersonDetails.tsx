import type { AdminPersonQuery } from '@mic/web-data-access';
import { SummaryList, Tag } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { personStatus } from '../utils/people-params';

export type AdminPerson = AdminPersonQuery['adminPerson'];

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

export const formatAdminDate = (iso: string | null | undefined): string =>
  iso ? DATE.format(new Date(iso)) : 'Never';

const MEMBERSHIP_TEXT: Record<string, string> = {
  REQUESTED: 'Waiting to be verified',
  VERIFIED: 'Verified',
  DECLINED: 'Request declined',
};

/** What an admin knows of a person: account, membership, sign-in and suspension. */
export function PersonDetails({ person }: { person: AdminPerson }): ReactElement {
  const status = personStatus(person);
  const m = person.membership;
  return (
    <SummaryList
      rows={[
        {
          key: 'Email address',
          value: `${person.email ?? ''}${person.emailConfirmed ? '' : ' (not confirmed)'}`,
        },
        { key: 'Status', value: <Tag colour={status.colour}>{status.text}</Tag> },
        {
          key: 'Organisation',
          value: person.organisation
            ? `${person.organisation.name}${m ? ` (${MEMBERSHIP_TEXT[m.status] ?? m.status})` : ''}`
            : 'None chosen',
        },
        ...(m?.status === 'VERIFIED'
          ? [
              {
                key: 'Verified',
                value: `${formatAdminDate(m.verifiedAt)}${m.verificationMethod ? `, ${m.verificationMethod.toLowerCase().replace('_', ' ')}` : ''}`,
              },
            ]
          : []),
        ...(m?.status === 'REQUESTED'
          ? [{ key: 'Asked to join', value: formatAdminDate(m.requestedAt) }]
          : []),
        ...(m?.status === 'DECLINED'
          ? [{ key: 'Declined', value: formatAdminDate(m.declinedAt) }]
          : []),
        { key: 'Account created', value: formatAdminDate(person.createdAt) },
        { key: 'Last active', value: formatAdminDate(person.signInState?.lastActiveAt) },
        {
          key: 'Signed in on',
          value: `${person.signInState?.activeSessions ?? 0} device${person.signInState?.activeSessions === 1 ? '' : 's'}`,
        },
        ...(person.suspension
          ? [
              { key: 'Suspended since', value: formatAdminDate(person.suspension.suspendedAt) },
              { key: 'Reason for suspension', value: person.suspension.reason ?? '' },
            ]
          : []),
      ]}
    />
  );
}
