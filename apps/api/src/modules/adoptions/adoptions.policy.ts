import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { hasRole, isVerifiedMemberOf } from '../../common/auth/auth-user';
import { AdoptionStage, STAGE_RANK } from './adoption.enums';

/** Members declare adoptions for their own organisation; regional admins for any. */
export function canDeclareAdoption(user: AuthUser | null, organisationId: string): boolean {
  if (!user) return false;
  return isVerifiedMemberOf(user, organisationId) || hasRole(user, Role.REGIONAL_ADMIN);
}

/** Members of the adopting organisation, regional admins and the ICS admin of its ICS. */
export function canEditAdoption(
  user: AuthUser | null,
  adoption: { organisationId: string; icsId: string | null },
): boolean {
  if (!user) return false;
  if (isVerifiedMemberOf(user, adoption.organisationId)) return true;
  if (hasRole(user, Role.REGIONAL_ADMIN)) return true;
  return (
    !!adoption.icsId &&
    user.roles.some((r) => r.role === Role.ICS_ADMIN && r.icsId === adoption.icsId)
  );
}

/** STOPPED needs a reason; every other stage may be entered at any time (adopters can step back). */
export function stageChangeProblem(
  stage: AdoptionStage,
  reason: string | undefined | null,
): 'REASON_REQUIRED' | null {
  return stage === AdoptionStage.STOPPED && !reason?.trim() ? 'REASON_REQUIRED' : null;
}

/** The furthest of several stages (STOPPED ranks lowest), or null for none. */
export function furthestStage(stages: readonly AdoptionStage[]): AdoptionStage | null {
  let best: AdoptionStage | null = null;
  for (const stage of stages)
    if (best === null || STAGE_RANK[stage] > STAGE_RANK[best]) best = stage;
  return best;
}

/** Value per 100,000 residents, or null when it cannot be normalised. */
export function per100k(
  value: number,
  population: number | null,
  perPopulation: boolean,
): number | null {
  if (!perPopulation || !population || population <= 0) return null;
  return Math.round((value / population) * 100_000 * 100) / 100;
}
