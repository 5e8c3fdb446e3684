import { AdminPersonDocument, hasApiErrorCode } from '@mic/web-data-access';
import type { Role } from '@mic/web-data-access';
import { SuccessBanner } from '@mic/web-feature-auth';
import {
  AdminNav,
  AdminNotAllowed,
  MembershipSection,
  PersonDetails,
  ROLE_VALUES,
  RolesSection,
  SuspensionSection,
} from '@mic/web-feature-admin';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import {
  decideMembershipAction,
  grantRoleAction,
  restoreUserAction,
  revokeRoleAction,
  suspendUserAction,
} from '../../../../../lib/admin/people-actions';
import { getClient } from '../../../../../lib/apollo/rsc-client';
import { requireSession } from '../../../../../lib/auth/require-session';

export const metadata: Metadata = { title: 'Person – Administration' };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string | string[] }>;
}

const DONE: Record<string, string> = {
  granted: 'Role given.',
  revoked: 'Role removed.',
  verified: 'Membership verified. We have told them by email.',
  declined: 'Request to join declined. We have told them by email.',
  suspended: 'Account suspended. They have been signed out everywhere.',
  restored: 'Account restored. They can sign in again.',
};

/** One person for admins: details and the forms to change roles, membership and suspension. */
export default async function AdminPersonPage({
  params,
  searchParams,
}: Props): Promise<ReactElement> {
  const id = (await params).id;
  if (!z.string().uuid().safeParse(id).success) notFound();
  const path = `/admin/people/${id}`;
  await requireSession(path);
  const { data, error } = await getClient().query({
    query: AdminPersonDocument,
    variables: { id },
    fetchPolicy: 'no-cache',
    errorPolicy: 'all',
  });
  if (hasApiErrorCode(error, 'FORBIDDEN')) return <AdminNotAllowed />;
  const person = data?.adminPerson;
  if (!person || !data?.me) notFound();
  const me = data.me;
  const regional = me.roleAssignments.some((r) => r.role === 'REGIONAL_ADMIN');
  const mine = new Set(
    me.roleAssignments.filter((r) => r.role === 'ICS_ADMIN').map((r) => r.ics?.odsCode),
  );
  const grantable: Role[] = regional
    ? [...ROLE_VALUES]
    : ROLE_VALUES.filter((r) => r !== 'REGIONAL_ADMIN');
  const icss = regional ? data.icss : data.icss.filter((i) => mine.has(i.odsCode));
  const rawDone = (await searchParams).done;
  const done = DONE[typeof rawDone === 'string' ? rawDone : ''];
  const status = person.membership?.status;
  const self = person.id === me.id;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <AdminNav current={path} />
        <BackLink href="/admin/people">Back to people</BackLink>
        {done ? <SuccessBanner>{done}</SuccessBanner> : null}
        <span className="nhsuk-caption-l">Person</span>
        <h1 className="nhsuk-heading-xl">{person.name}</h1>
        <PersonDetails person={person} />
        {person.organisation &&
        (status === 'REQUESTED' || (status === 'DECLINED' && regional)) &&
        !self ? (
          <MembershipSection
            verifyWith={regional ? 'approve' : 'vouch'}
            canDecline={status === 'REQUESTED'}
            organisationName={person.organisation.name}
            action={decideMembershipAction.bind(null, person.id)}
            permalink={path}
          />
        ) : null}
        <RolesSection
          roles={person.roleAssignments}
          grantable={grantable}
          icss={icss}
          grantAction={grantRoleAction.bind(null, person.id)}
          revokeAction={revokeRoleAction.bind(null, person.id)}
          permalink={path}
        />
        {self ? (
          <p className="nhsuk-body">You cannot suspend your own account.</p>
        ) : (
          <SuspensionSection
            suspended={Boolean(person.suspension)}
            suspendAction={suspendUserAction.bind(null, person.id)}
            restoreAction={restoreUserAction.bind(null, person.id)}
            permalink={path}
          />
        )}
      </div>
    </div>
  );
}
