import { SetMetadata } from '@nestjs/common';

import type { Role } from '@mic/shared-util';

export const ROLES_KEY = 'mic:roles';

/** Coarse role check done by the global RolesGuard (any of the roles). */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLES_KEY, roles);

export const POLICY_KEY = 'mic:policy';

/**
 * Declares that the service enforces a documented resource policy for this
 * mutation (e.g. "organisation members only"). Every mutation carries either
 * @Roles, @Public or @Policy; a test checks this over the whole schema.
 */
export const Policy = (description: string): MethodDecorator =>
  SetMetadata(POLICY_KEY, description);
