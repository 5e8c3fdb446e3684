import { z } from 'zod';

import type { AdminPersonStatus, Role } from '@mic/web-data-access';
import { hrefWithQuery, queryParam, queryParams } from '@mic/web-ui';

export const ADMIN_PEOPLE_PAGE_SIZE = 25;

export const ROLE_VALUES = [
  'MEMBER',
  'ORGANISER',
  'MODERATOR',
  'ICS_ADMIN',
  'REGIONAL_ADMIN',
] as const;
export const STATUS_VALUES = ['PENDING', 'VERIFIED', 'DECLINED', 'SUSPENDED'] as const;

export const ROLE_TEXT: Record<Role, string> = {
  MEMBER: 'Member',
  ORGANISER: 'Event organiser',
  MODERATOR: 'Moderator',
  ICS_ADMIN: 'ICS admin',
  REGIONAL_ADMIN: 'Regional admin',
};

export const STATUS_TEXT: Record<AdminPersonStatus, string> = {
  PENDING: 'Waiting to be verified',
  VERIFIED: 'Verified',
  DECLINED: 'Request declined',
  SUSPENDED: 'Suspended',
};

/** The people search's filters from the query string; anything malformed is dropped, not an error. */
export const adminPeopleParamsSchema = z.object({
  q: queryParam(z.string().trim().max(100)),
  ics: queryParams.odsCode(),
  organisation: queryParams.uuid(),
  role: queryParam(z.enum(ROLE_VALUES)),
  status: queryParam(z.enum(STATUS_VALUES)),
  after: queryParams.cursor(),
});

export type AdminPeopleParams = z.infer<typeof adminPeopleParamsSchema>;

export function parseAdminPeopleParams(
  raw: Record<string, string | string[] | undefined>,
): AdminPeopleParams {
  return adminPeopleParamsSchema.parse(raw);
}

/** The API filter for the chosen filters. */
export function adminPeopleFilter(p: AdminPeopleParams) {
  return {
    search: p.q || null,
    icsOdsCode: p.ics ?? null,
    organisationId: p.organisation ?? null,
    role: p.role ?? null,
    status: p.status ?? null,
  };
}

/** Whether any filter is chosen. */
export function isFiltered(p: AdminPeopleParams): boolean {
  return Boolean(p.q || p.ics || p.organisation || p.role || p.status);
}

/** The search URL for these filters (and a cursor). */
export function adminPeopleHref(p: AdminPeopleParams, after?: string | null): string {
  const { q, ics, organisation, role, status } = p;
  return hrefWithQuery('/admin/people', { q, ics, organisation, role, status, after });
}

/** A person's status in one phrase: a suspension first, then the membership. */
export function personStatus(person: {
  membership: { status: string } | null;
  signInState: { suspended: boolean } | null;
}): { text: string; colour: 'red' | 'green' | 'yellow' | 'grey' } {
  if (person.signInState?.suspended) return { text: 'Suspended', colour: 'red' };
  switch (person.membership?.status) {
    case 'VERIFIED':
      return { text: 'Verified', colour: 'green' };
    case 'REQUESTED':
      return { text: 'Waiting to be verified', colour: 'yellow' };
    case 'DECLINED':
      return { text: 'Request declined', colour: 'grey' };
    default:
      return { text: 'No organisation', colour: 'grey' };
  }
}
