import { SessionUserDocument } from '@mic/web-data-access';
import type { SessionUserQuery } from '@mic/web-data-access';

import { getClient } from '../apollo/rsc-client';
import { readSessionToken } from './session';

export type SessionUser = NonNullable<SessionUserQuery['me']>;

/**
 * The signed-in user for the header, or null. Never throws: if the API is
 * down or the session was revoked, the header shows the signed-out links.
 */
export async function loadSessionUser(): Promise<SessionUser | null> {
  const token = await readSessionToken();
  if (!token) return null;
  try {
    const { data } = await getClient().query({ query: SessionUserDocument });
    return data?.me ?? null;
  } catch {
    return null;
  }
}
