import { DiscoveryService } from '@nestjs/core';

/**
 * The discussion-subject contribution point, owned by discussions. A feature
 * whose things can be discussed contributes one provider, in its own folder:
 *
 *   @DiscussionSubject({ types: ['CASE_STUDY'] })
 *   @Injectable()
 *   export class CaseStudyDiscussionSubject implements DiscussionSubjectProvider { ... }
 *
 * and lists it in its own module's providers. `SubjectRegistry` finds every
 * provider at boot; discussions import no feature. This file imports nothing
 * from discussions, so any part may implement it (apps/api/parts.json).
 */

/** What discussions need to know about one subject. */
export interface DiscussionSubjectInfo {
  /** The subject type (a `ThreadSubjectType` value). */
  type: string;
  /** Normalised id stored on the thread. */
  id: string;
  title: string;
  /** Path in the web app. */
  link: string;
  /** People who own it (may pin, lock and accept answers). */
  ownerUserIds: string[];
  /** Verified members of this organisation also own it. */
  ownerOrganisationId: string | null;
  /** The followable target whose WATCHING followers hear of new threads. */
  followTarget: { type: string; id: string } | null;
}

/**
 * One provider answers for one or more subject types. Visibility: a subject
 * is in the answer only when signed-in members may see it (and so discuss or
 * follow it); anything missing, unknown or malformed is simply left out.
 */
export interface DiscussionSubjectProvider {
  /** The subjects among `ids` (keyed by the id asked for), in as few statements as possible: never one per id. */
  resolve(type: string, ids: readonly string[]): Promise<Map<string, DiscussionSubjectInfo>>;
  /**
   * A read model for set-based questions (e.g. "how soon did the originator
   * reply"): one SQL `SELECT` over the provider's own tables returning the
   * columns `subject_type text, subject_key text, owner_id uuid, owner_org uuid`
   * for every subject of its types. Discussions join it as a subquery, so the
   * feature's schema stays the feature's business.
   */
  readonly ownersSql?: string;
  /**
   * A read model for the thread list (`/discussions`): one SQL `SELECT` over
   * the provider's own tables returning `subject_type text, subject_key text,
   * ics_ids uuid[], ics_codes text[], theme_keys text[]` for every subject of its
   * types that signed-in members may see (anything else is left out, so its
   * threads are not listed). A provider without one has every subject visible,
   * with no ICS or theme.
   */
  readonly listingSql?: string;
}

/** Marks a provider as contributing the given subject types. */
export const DiscussionSubject = DiscoveryService.createDecorator<{ types: readonly string[] }>();

/**
 * Keys a provider's answer by the ids as asked: `found` is keyed by the stored
 * (lower-case) UUID, and PostgreSQL compares UUIDs case-insensitively.
 */
export function byAskedId(
  ids: readonly string[],
  found: ReadonlyMap<string, DiscussionSubjectInfo>,
): Map<string, DiscussionSubjectInfo> {
  const result = new Map<string, DiscussionSubjectInfo>();
  for (const id of ids) {
    const subject = found.get(id.toLowerCase());
    if (subject) result.set(id, subject);
  }
  return result;
}
