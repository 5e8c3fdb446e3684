import { AdminViewerDocument } from '@mic/web-data-access';
import { AdminLanding, AdminNav, AdminNotAllowed, isAdmin } from '@mic/web-feature-admin';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../lib/apollo/rsc-client';
import { requireSession } from '../../../lib/auth/require-session';

export const metadata: Metadata = { title: 'Administration' };

const PATH = '/admin';

/** The admin landing: one card per admin area (regional admins, and ICS admins for their ICS). */
export default async function AdminPage(): Promise<ReactElement> {
  await requireSession(PATH);
  const me = await getClient()
    .query({ query: AdminViewerDocument, fetchPolicy: 'no-cache' })
    .then((result) => result.data?.me ?? null)
    .catch(() => null);
  if (!me) redirect(`/sign-in?returnTo=${encodeURIComponent(PATH)}`);
  if (!isAdmin(me.roles)) return <AdminNotAllowed />;
  const icsScopes = me.roleAssignments
    .filter((r) => r.role === 'ICS_ADMIN' && r.ics)
    .map((r) => r.ics?.shortName);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <AdminNav current={PATH} />
        <h1 className="nhsuk-heading-xl">Administration</h1>
        <p className="nhsuk-body-l">
          {me.roles.includes('REGIONAL_ADMIN')
            ? 'As a regional admin you manage the whole region.'
            : `As an ICS admin you manage people and requests for ${icsScopes.join(', ')}.`}
        </p>
        <AdminLanding />
      </div>
    </div>
  );
}
