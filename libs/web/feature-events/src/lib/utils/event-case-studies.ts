import { z } from 'zod';

import { optionalText } from './event-format';

/** How many search results the case study picker shows at once. */
export const CASE_STUDY_RESULTS = 20;

/** A case study linked to an event; `title` is null when it is no longer published (so not listed by the API). */
export interface LinkedCaseStudy {
  id: string;
  title: string | null;
  slug: string | null;
}

/**
 * Every case study linked to an event, in the event's order, named where the
 * API lists it: a link to one that is no longer published is still shown
 * (and kept on save) rather than silently dropped.
 */
export function linkedCaseStudies(ids: readonly string[], published: readonly { id: string; title: string; slug?: string | null }[]): LinkedCaseStudy[] {
  const byId = new Map(published.map((cs) => [cs.id, cs]));
  return [...new Set(ids)].map((id) => {
    const cs = byId.get(id);
    return { id, title: cs?.title ?? null, slug: cs?.slug ?? null };
  });
}

/** /events/:id/case-studies query string: the search only (what adding or removing did comes back as form state, not in the URL). */
export const eventCaseStudiesSearchParamsSchema = z.object({
  q: optionalText(100),
});
export type EventCaseStudiesSearchParams = z.infer<typeof eventCaseStudiesSearchParamsSchema>;
