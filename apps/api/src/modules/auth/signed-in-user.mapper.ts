import { membershipOf } from '../../common/auth/auth-user';
import type { AuthUser } from '../../common/auth/auth-user';
import type { SessionRow } from './auth.repository';

/** The account columns a live session or access token comes with (users' `activeAccounts` read model). */
export type SignedInAccountRow = Omit<SessionRow, 'session_id' | 'last_used_at'>;

/** The signed-in person of a live session or access token; `sessionId` is the session's or token's id. */
export function toSignedInUser(row: SignedInAccountRow, sessionId: string): AuthUser {
  return {
    id: row.user_id,
    name: row.name,
    email: row.email,
    ...membershipOf(row.organisation_id, row.membership_status),
    createdAt: new Date(row.created_at),
    sessionId,
    roles: row.roles ?? [],
  };
}
