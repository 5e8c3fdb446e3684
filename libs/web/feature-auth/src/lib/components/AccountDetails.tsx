import type { MyAccountQuery } from '@mic/web-data-access';
import { SummaryList, Tag } from '@mic/web-ui';
import type { ReactElement, ReactNode } from 'react';

import { isMembershipAdmin, mayVouch, membershipTag } from '../utils/membership-status';
import { describeRoles } from '../utils/roles';

export type AccountUser = NonNullable<MyAccountQuery['me']>;

export interface AccountDetailsProps {
  user: AccountUser;
  /** E.g. a sign-out form. */
  actions?: ReactNode;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/** "My account": who the user is, their organisation, roles and verification status. */
export function AccountDetails({ user, actions }: AccountDetailsProps): ReactElement {
  const roles = describeRoles(user);
  const tag = membershipTag(user.membership?.status);
  const links = [
    ...(mayVouch(user)
      ? [{ href: '/members/requests', text: 'People waiting to join your organisation' }]
      : []),
    ...(isMembershipAdmin(user.roles)
      ? [{ href: '/admin/requests', text: 'Organisation and membership requests (admin)' }]
      : []),
  ];
  const created = new Date(user.createdAt);
  return (
    <>
      <h1 className="nhsuk-heading-xl">My account</h1>
      <SummaryList
        rows={[
          { key: 'Name', value: user.name },
          { key: 'Email address', value: user.email ?? 'Not shown' },
          {
            key: 'Organisation',
            value: user.organisation ? (
              <>
                <a href={`/organisations/${encodeURIComponent(user.organisation.id)}`}>
                  {user.organisation.name}
                </a>
                <br />
                <span className="nhsuk-body-s">{user.organisation.type.label}</span>
              </>
            ) : (
              'Not chosen yet'
            ),
          },
          {
            key: 'Roles',
            value:
              roles.length === 1 ? (
                roles[0]
              ) : (
                <ul className="nhsuk-list">
                  {roles.map((role) => (
                    <li key={role}>{role}</li>
                  ))}
                </ul>
              ),
          },
          {
            key: 'Membership',
            value: (
              <>
                <Tag colour={tag.colour}>{tag.text}</Tag>
                <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">
                  <a href="/account/membership">
                    {user.verified ? 'Your membership' : 'How to get verified'}
                  </a>
                  {user.emailConfirmed === false ? ' (confirm your email address too)' : null}
                </p>
              </>
            ),
          },
          {
            key: 'Member since',
            value: Number.isNaN(created.getTime()) ? user.createdAt : dateFormat.format(created),
          },
        ]}
      />
      {links.length > 0 ? (
        <>
          <h2 className="nhsuk-heading-m">Membership requests</h2>
          <ul className="nhsuk-list">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.text}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {actions}
    </>
  );
}
