import type { MyMembershipQuery } from '@mic/web-data-access';
import { SummaryList, Tag } from '@mic/web-ui';
import type { ReactElement, ReactNode } from 'react';

import { formatDate } from '../../utils/dates';
import { membershipTag } from '../../utils/membership-status';
import { SuccessBanner } from './SuccessBanner';

export type MembershipUser = NonNullable<MyMembershipQuery['me']>;

export interface MembershipOverviewProps {
  user: MembershipUser;
  /** A notice after an action, e.g. "You have asked to join…". */
  notice?: string;
  /** The "Resend confirmation email" form (shown when the address is not confirmed). */
  resendForm?: ReactNode;
  /** The "choose your organisation" form. */
  requestForm: ReactNode;
  /** The person's "not listed" requests. */
  organisationRequests: ReactNode;
}

const METHODS: Record<string, string> = {
  EMAIL_DOMAIN: 'confirmed work email address',
  VOUCHED: 'a colleague or ICS admin vouched for you',
  APPROVED: 'approved by a regional admin',
  SEEDED: 'set up by the Commons team',
};

/** "Your membership": where it stands, how to get verified, and changing organisation. */
export function MembershipOverview({
  user,
  notice,
  resendForm,
  requestForm,
  organisationRequests,
}: MembershipOverviewProps): ReactElement {
  const membership = user.membership;
  const tag = membershipTag(membership?.status);
  const rows = [
    { key: 'Organisation', value: membership ? membership.organisation.name : 'Not chosen yet' },
    { key: 'Status', value: <Tag colour={tag.colour}>{tag.text}</Tag> },
    ...(membership?.requestedAt
      ? [{ key: 'Asked to join', value: formatDate(membership.requestedAt) }]
      : []),
    ...(membership?.status === 'VERIFIED' && membership.verifiedAt
      ? [
          {
            key: 'Verified',
            value: `${formatDate(membership.verifiedAt)}${
              membership.verificationMethod && METHODS[membership.verificationMethod]
                ? ` (${METHODS[membership.verificationMethod]})`
                : ''
            }`,
          },
        ]
      : []),
    ...(membership?.status === 'DECLINED' && membership.declinedAt
      ? [{ key: 'Declined', value: formatDate(membership.declinedAt) }]
      : []),
    {
      key: 'Email address',
      value: (
        <>
          <span className="mic-break-anywhere">{user.email}</span>
          <br />
          {user.emailConfirmed ? (
            <Tag colour="green">Confirmed</Tag>
          ) : (
            <Tag colour="yellow">Not confirmed</Tag>
          )}
        </>
      ),
    },
  ];
  const domains = membership?.organisation.emailDomains ?? [];
  return (
    <>
      {notice ? <SuccessBanner>{notice}</SuccessBanner> : null}
      <h1 className="nhsuk-heading-xl">Your membership</h1>
      <SummaryList rows={rows} />
      {membership?.status === 'VERIFIED' ? (
        <p>
          You can write and edit {membership.organisation.name}’s case studies, adoptions and
          toolkits, and <a href="/members/requests">vouch for colleagues who ask to join</a>.
        </p>
      ) : (
        <>
          {membership?.status === 'DECLINED' ? (
            <p>
              Your request to join {membership.organisation.name} was declined. If you think this is
              a mistake, ask a colleague who is a verified member to vouch for you, or choose your
              organisation again below.
            </p>
          ) : (
            <p>
              Until your membership is verified you can read everything and take part in
              discussions, but you cannot edit your organisation’s content or act for it.
            </p>
          )}
          <h2 className="nhsuk-heading-m">How to get verified</h2>
          <ul>
            <li>
              Confirm a work email address on your organisation’s email domain
              {domains.length > 0 ? ` (${domains.join(', ')})` : ''}.
            </li>
            <li>
              Ask a colleague who is already a verified member to vouch for you. They will find you
              on their “People waiting to join” page (/members/requests).
            </li>
            <li>
              An admin for your integrated care system (ICS) can vouch for you, and a regional admin
              can approve you.
            </li>
          </ul>
        </>
      )}
      {!user.emailConfirmed ? (
        <>
          <h2 className="nhsuk-heading-m">Confirm your email address</h2>
          <p>
            We sent a confirmation link to <span className="mic-break-anywhere">{user.email}</span>.
            It works once and lasts 24 hours.
          </p>
          {resendForm}
        </>
      ) : null}
      <h2 className="nhsuk-heading-m">
        {membership ? 'Change your organisation' : 'Choose your organisation'}
      </h2>
      {requestForm}
      <h2 className="nhsuk-heading-m">Organisations you asked us to add</h2>
      {organisationRequests}
    </>
  );
}
