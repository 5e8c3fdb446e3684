import { Role } from '@mic/shared-util';
import type { ReactElement } from 'react';

import { requireSession } from '../auth/require-session';
import { loadSessionUser } from '../auth/session-user';
import type { SessionUser } from '../auth/session-user';
import { redirect } from 'next/navigation';

export type AdminScope = 'regional' | 'ics';

/**
 * The signed-in admin and their scope, or null when they are not an admin of
 * the kind the page needs (the page then shows `NotAllowed`). The API checks
 * every change again, ICS scope included.
 */
export async function loadAdmin(
  path: string,
  needs: 'any' | 'regional' = 'any',
): Promise<{ me: SessionUser; scope: AdminScope } | null> {
  await requireSession(path);
  const me = await loadSessionUser();
  if (!me) redirect(`/sign-in?returnTo=${encodeURIComponent(path)}`);
  if (me.roles.includes(Role.REGIONAL_ADMIN)) return { me, scope: 'regional' };
  if (needs === 'any' && me.roles.includes(Role.ICS_ADMIN)) return { me, scope: 'ics' };
  return null;
}

/** The page for someone without the admin role a page needs. */
export function NotAllowed({ who }: { who: string }): ReactElement {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-xl">You cannot see this page</h1>
        <p data-testid="not-allowed">Only {who} can use this page.</p>
      </div>
    </div>
  );
}
