import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../../common/auth/auth-user';
import { hasRole } from '../../../common/auth/auth-user';

/**
 * An import (its preview, errors and confirmation) belongs to whoever
 * uploaded it; regional admins may see it too. Saving it also needs the
 * right to edit the practice's figures, checked again at confirmation.
 */
export function canSeeImport(user: AuthUser, imp: { createdById: string }): boolean {
  return imp.createdById === user.id || hasRole(user, Role.REGIONAL_ADMIN);
}
