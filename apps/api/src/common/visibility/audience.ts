import type { Role } from '@mic/shared-util';

import type { AuthUser } from '../auth/auth-user';

/**
 * Who may see something (a search document, a feed item), as data rather
 * than code, so a read model can store it beside each row and filter in SQL.
 *
 * A thing's audience is a list of grant tokens; a viewer holds a list of
 * tokens too (`viewerTokens`); the viewer may see it when the two lists share
 * a token. Stored as a `text[]` column with a GIN index, the filter is
 * `audience && $viewerTokens` (`audienceSqlFilter`).
 */
export type AudienceToken = string & { readonly __audienceToken: true };

const token = (value: string) => value as AudienceToken;

/** The grants a source puts in an audience. Combine several: any one suffices. */
export const Audience = {
  /** Anyone, signed in or not. */
  anyone: (): AudienceToken => token('public'),
  /** Anyone signed in, verified or not. */
  signedIn: (): AudienceToken => token('signed-in'),
  /** Verified members of any organisation. */
  verifiedMembers: (): AudienceToken => token('verified'),
  /** Verified members of this organisation. */
  organisation: (organisationId: string): AudienceToken => token(`org:${organisationId}`),
  /** This person (an author, an organiser, a registrant). */
  user: (userId: string): AudienceToken => token(`user:${userId}`),
  /**
   * Holders of this role: anywhere, or (with `icsId`) those holding it for
   * that ICS. Regional roles (held with no ICS) match only the first form.
   */
  role: (role: Role, icsId?: string | null): AudienceToken =>
    token(icsId ? `role:${role}:${icsId}` : `role:${role}`),
} as const;

/** Every token the viewer holds; null is someone not signed in. */
export function viewerTokens(viewer: AuthUser | null | undefined): AudienceToken[] {
  const tokens = [Audience.anyone()];
  if (!viewer) return tokens;
  tokens.push(Audience.signedIn(), Audience.user(viewer.id));
  if (viewer.organisationId) {
    tokens.push(Audience.verifiedMembers(), Audience.organisation(viewer.organisationId));
  }
  for (const r of viewer.roles) {
    tokens.push(Audience.role(r.role));
    if (r.icsId) tokens.push(Audience.role(r.role, r.icsId));
  }
  return [...new Set(tokens)];
}

/** Whether the viewer may see something with this audience (an empty audience: nobody). */
export function isVisibleTo(
  audience: readonly AudienceToken[],
  viewer: AuthUser | null | undefined,
): boolean {
  const held = new Set<string>(viewerTokens(viewer));
  return audience.some((t) => held.has(t));
}

/**
 * The same rule as a SQL condition on a `text[]` audience column, with the
 * viewer's tokens as the parameter at `paramIndex` (1-based, PostgreSQL style).
 */
export function audienceSqlFilter(
  column: string,
  viewer: AuthUser | null | undefined,
  paramIndex: number,
): { sql: string; params: string[][] } {
  return { sql: `${column} && $${paramIndex}::text[]`, params: [viewerTokens(viewer)] };
}
