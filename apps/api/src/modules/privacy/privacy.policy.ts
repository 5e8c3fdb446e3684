import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { hasRole } from '../../common/auth/auth-user';

/** An export is downloaded by the person it is about, only while it is ready and unexpired. */
export function canDownloadExport(
  user: AuthUser | null,
  entity: { userId: string; status: string; expiresAt: Date | null },
  now: Date,
): boolean {
  if (!user || user.id !== entity.userId) return false;
  return (
    entity.status === 'READY' && !!entity.expiresAt && entity.expiresAt.getTime() > now.getTime()
  );
}

/** Only regional admins anonymise someone at once, and never themselves (they use "delete my account"). */
export function canAnonymiseUser(user: AuthUser | null, targetUserId: string): boolean {
  if (!user) return false;
  return hasRole(user, Role.REGIONAL_ADMIN) && user.id !== targetUserId;
}
