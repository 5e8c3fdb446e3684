import { z } from 'zod';

export const COMMITMENTS_PAGE_SIZE = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** The tracker's filters from the query string; anything malformed is dropped, not an error. */
export const commitmentsParamsSchema = z.object({
  ics: z.preprocess(
    one,
    z
      .string()
      .regex(/^[A-Z0-9]{3,5}$/)
      .optional()
      .catch(undefined),
  ),
  theme: z.preprocess(
    one,
    z
      .string()
      .regex(/^[A-Z0-9_]{2,60}$/)
      .optional()
      .catch(undefined),
  ),
  organisation: z.preprocess(one, z.string().regex(UUID).optional().catch(undefined)),
  status: z.preprocess(
    one,
    z.enum(['GREEN', 'AMBER', 'RED', 'COMPLETE']).optional().catch(undefined),
  ),
  overdue: z.preprocess(one, z.enum(['yes', 'no']).optional().catch(undefined)),
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

export type CommitmentsParams = z.infer<typeof commitmentsParamsSchema>;

export function parseCommitmentsParams(
  raw: Record<string, string | string[] | undefined>,
): CommitmentsParams {
  return commitmentsParamsSchema.parse(raw);
}

/** The API filter for the chosen filters. */
export function commitmentsFilter(p: CommitmentsParams) {
  return {
    icsOdsCode: p.ics ?? null,
    themeKey: p.theme ?? null,
    organisationId: p.organisation ?? null,
    status: p.status ?? null,
    overdue: p.overdue === 'yes' ? true : p.overdue === 'no' ? false : null,
  };
}

/** The tracker URL for these filters (and a cursor). */
export function commitmentsHref(p: CommitmentsParams, after?: string | null): string {
  const q = new URLSearchParams();
  if (p.ics) q.set('ics', p.ics);
  if (p.theme) q.set('theme', p.theme);
  if (p.organisation) q.set('organisation', p.organisation);
  if (p.status) q.set('status', p.status);
  if (p.overdue) q.set('overdue', p.overdue);
  if (after) q.set('after', after);
  const s = q.toString();
  return s ? `/commitments?${s}` : '/commitments';
}
