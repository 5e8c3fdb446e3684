import type { MyAccountQuery } from '@mic/web-data-access';
import { SummaryList, Tag } from '@mic/web-ui';
import type { ReactElement, ReactNode } from 'react';

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
            value: (
              <>
                <a href={`/organisations/${encodeURIComponent(user.organisation.id)}`}>
                  {user.organisation.name}
                </a>
                <br />
                <span className="nhsuk-body-s">{user.organisation.type.label}</span>
              </>
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
            key: 'Verification',
            value: user.verified ? (
              <Tag colour="green">Verified</Tag>
            ) : (
              <>
                <Tag colour="yellow">Not verified</Tag>
                <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">
                  A verified member of your organisation or ICS can vouch for you.
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
      {actions}
    </>
  );
}
