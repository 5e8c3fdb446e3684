import { z } from 'zod';

import { hrefWithQuery, queryParam, queryParams } from '@mic/web-ui';

export const COMMITMENTS_PAGE_SIZE = 20;

/** The tracker's filters from the query string; anything malformed is dropped, not an error. */
export const commitmentsParamsSchema = z.object({
  ics: queryParams.odsCode(),
  theme: queryParam(z.string().regex(/^[A-Z0-9_]{2,60}$/)),
  organisation: queryParams.uuid(),
  status: queryParam(z.enum(['GREEN', 'AMBER', 'RED', 'COMPLETE'])),
  overdue: queryParam(z.enum(['yes', 'no'])),
  after: queryParams.cursor(),
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
  const { ics, theme, organisation, status, overdue } = p;
  return hrefWithQuery('/commitments', { ics, theme, organisation, status, overdue, after });
}
