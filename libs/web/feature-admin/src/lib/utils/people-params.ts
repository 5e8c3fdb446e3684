import { z } from 'zod';

import type { AdminPersonStatus, Role } from '@mic/web-data-access';

export const ADMIN_PEOPLE_PAGE_SIZE = 25;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

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
  q: z.preprocess(one, z.string().trim().max(100).optional().catch(undefined)),
  ics: z.preprocess(
    one,
    z
      .string()
      .regex(/^[A-Z0-9]{3,5}$/)
      .optional()
      .catch(undefined),
  ),
  organisation: z.preprocess(one, z.string().regex(UUID).optional().catch(undefined)),
  role: z.preprocess(one, z.enum(ROLE_VALUES).optional().catch(undefined)),
  status: z.preprocess(one, z.enum(STATUS_VALUES).optional().catch(undefined)),
  after: z.preprocess(
    one,
    z
      .string()
      .max(40)
      .regex(/^[A-Za-z0-9_-]+$/)
      .optional()
      .catch(undefined),
  ),
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
  const q = new URLSearchParams();
  if (p.q) q.set('q', p.q);
  if (p.ics) q.set('ics', p.ics);
  if (p.organisation) q.set('organisation', p.organisation);
  if (p.role) q.set('role', p.role);
  if (p.status) q.set('status', p.status);
  if (after) q.set('after', after);
  const s = q.toString();
  return s ? `/admin/people?${s}` : '/admin/people';
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
