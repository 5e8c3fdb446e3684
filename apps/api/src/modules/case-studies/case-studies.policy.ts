import { REVIEWER_ROLES, Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import type { AudienceToken } from '../../common/visibility/audience';
import { Audience } from '../../common/visibility/audience';
import { hasRole, isVerifiedMemberOf } from '../../common/auth/auth-user';
import { CaseStudyStatus, CaseStudyVersionKind } from './case-study.enums';

/** The parts of a case study the rules look at. */
export interface CaseStudyFacts {
  organisationId: string;
  icsId: string | null;
  status: CaseStudyStatus;
}

/**
 * Members of the authoring organisation, regional admins, and ICS admins of
 * the case study's ICS may edit it.
 */
export function canEditCaseStudy(user: AuthUser | null, cs: CaseStudyFacts): boolean {
  if (!user) return false;
  if (isVerifiedMemberOf(user, cs.organisationId)) return true;
  if (hasRole(user, Role.REGIONAL_ADMIN)) return true;
  // A draft is the organisation's own until it is submitted for review.
  if (cs.status === CaseStudyStatus.DRAFT) return false;
  return !!cs.icsId && user.roles.some((r) => r.role === Role.ICS_ADMIN && r.icsId === cs.icsId);
}

export function isReviewer(user: AuthUser | null): boolean {
  return hasRole(user, ...REVIEWER_ROLES);
}

/**
 * Published and archived case studies are public. Drafts are visible only to
 * their editors (verified members of the organisation, regional admins);
 * reviewers see a case study once it is submitted for review, not before.
 */
export function canViewCaseStudy(user: AuthUser | null, cs: CaseStudyFacts): boolean {
  if (cs.status === CaseStudyStatus.PUBLISHED || cs.status === CaseStudyStatus.ARCHIVED)
    return true;
  if (canEditCaseStudy(user, cs)) return true;
  return cs.status === CaseStudyStatus.SUBMITTED && isReviewer(user);
}

/**
 * `canViewCaseStudy` as audience tokens (for search and feeds): anyone for
 * published and archived ones; a draft for its editors only (verified members
 * of the organisation, regional admins); a submitted one also for the ICS
 * admins of its ICS and for reviewers.
 */
export function caseStudyAudience(cs: CaseStudyFacts): AudienceToken[] {
  if (cs.status === CaseStudyStatus.PUBLISHED || cs.status === CaseStudyStatus.ARCHIVED)
    return [Audience.anyone()];
  const editors = [Audience.organisation(cs.organisationId), Audience.role(Role.REGIONAL_ADMIN)];
  if (cs.status !== CaseStudyStatus.SUBMITTED) return editors;
  return [...editors, ...REVIEWER_ROLES.map((role) => Audience.role(role))];
}

/** Only verified editors may submit for publication. */
export function canSubmitCaseStudy(user: AuthUser | null, cs: CaseStudyFacts): boolean {
  return !!user && user.verified && canEditCaseStudy(user, cs);
}

export type ReviewCheck = 'OK' | 'NOT_REVIEWER' | 'SAME_ICS';

/**
 * Peer review: the reviewer holds a reviewer role, is not from the authoring
 * organisation, and none of the reviewer's ICSs (their organisation's ICSs
 * plus any ICS they administer) is an ICS of the case study (its own ICS plus
 * the authoring organisation's ICSs).
 */
export function checkReviewer(
  user: AuthUser | null,
  cs: CaseStudyFacts,
  reviewerOrganisationIcsIds: readonly string[],
  authorOrganisationIcsIds: readonly string[],
): ReviewCheck {
  if (!user || !isReviewer(user)) return 'NOT_REVIEWER';
  if (isVerifiedMemberOf(user, cs.organisationId)) return 'SAME_ICS';
  const reviewerIcss = new Set<string>(reviewerOrganisationIcsIds);
  for (const role of user.roles) if (role.icsId) reviewerIcss.add(role.icsId);
  const caseStudyIcss = [...authorOrganisationIcsIds, ...(cs.icsId ? [cs.icsId] : [])];
  return caseStudyIcss.some((id) => reviewerIcss.has(id)) ? 'SAME_ICS' : 'OK';
}

/** Published and past its review-by date (a YYYY-MM-DD string). */
export function isStale(cs: { status: CaseStudyStatus; reviewBy: string }, today: string): boolean {
  return cs.status === CaseStudyStatus.PUBLISHED && cs.reviewBy < today;
}

/** Which lifecycle moves are allowed from each status. */
const TRANSITIONS: Record<CaseStudyStatus, readonly CaseStudyStatus[]> = {
  [CaseStudyStatus.DRAFT]: [CaseStudyStatus.SUBMITTED, CaseStudyStatus.ARCHIVED],
  [CaseStudyStatus.SUBMITTED]: [
    CaseStudyStatus.PUBLISHED,
    CaseStudyStatus.DRAFT,
    CaseStudyStatus.ARCHIVED,
  ],
  [CaseStudyStatus.PUBLISHED]: [CaseStudyStatus.ARCHIVED],
  [CaseStudyStatus.ARCHIVED]: [],
};

export function canMoveTo(from: CaseStudyStatus, to: CaseStudyStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Saves by one person within this many minutes of an entry's first save extend that entry. */
export const VERSION_COALESCE_MINUTES = 30;

/** The parts of the latest version entry the coalescing rule looks at. */
export interface VersionEntryFacts {
  kind: CaseStudyVersionKind;
  createdById: string | null;
  createdAt: Date;
}

/**
 * Whether a save of a published case study extends the latest version entry
 * instead of starting a new one: only an edit entry by the same person, begun
 * less than 30 minutes ago. A save by someone else, a later save, and the
 * publish-after-review entry (never extended) start a new entry.
 */
export function extendsLatestVersion(
  latest: VersionEntryFacts | null | undefined,
  actorId: string,
  now: Date,
): boolean {
  if (!latest || latest.kind !== CaseStudyVersionKind.EDIT) return false;
  if (!latest.createdById || latest.createdById !== actorId) return false;
  return now.getTime() - latest.createdAt.getTime() < VERSION_COALESCE_MINUTES * 60_000;
}
