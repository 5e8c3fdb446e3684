import { Role } from '@mic/shared-util';
import { SessionUserDocument } from '@mic/web-data-access';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../apollo/rsc-client';
import { requireSession } from '../auth/require-session';

/** Regional admins only (the API enforces it too): null when allowed, else the page to show. */
export async function regionalAdminOnly(path: string): Promise<ReactElement | null> {
  await requireSession(path);
  const me = await getClient()
    .query({ query: SessionUserDocument, fetchPolicy: 'no-cache' })
    .then((result) => result.data?.me ?? null)
    .catch(() => null);
  if (!me) redirect(`/sign-in?returnTo=${encodeURIComponent(path)}`);
  if (me.roles.includes(Role.REGIONAL_ADMIN)) return null;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-xl">You cannot see this page</h1>
        <p data-testid="not-allowed">Only regional admins set up organisation sign-in.</p>
      </div>
    </div>
  );
}
