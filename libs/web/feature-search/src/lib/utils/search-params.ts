import type { SearchDocumentType, SearchFilter } from '@mic/web-data-access';
import { z } from 'zod';

/** Results per page of /search. */
export const SEARCH_PAGE_SIZE = 20;

export const SEARCH_DOCUMENT_TYPES = [
  'CASE_STUDY',
  'ADOPTION',
  'TOOLKIT',
  'TOOLKIT_SECTION',
  'EVENT',
  'THREAD',
  'COMMENT',
  'ORGANISATION',
  'PERSON',
] as const satisfies readonly SearchDocumentType[];

// The labels live in a module without zod: the header search (a client
// component on every page) uses them, and zod should not ship with it.
export { SEARCH_TYPE_LABELS } from './search-type-labels';

export const UPDATED_RANGES = ['LAST_30_DAYS', 'LAST_12_MONTHS', 'OLDER'] as const;

/** The filter fields, in the order of the facets; URL parameter names are the same. */
export const FILTER_FIELDS = [
  'types',
  'ics',
  'themes',
  'evidenceLevels',
  'adoptionStages',
  'updated',
] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export const isFilterField = (field: string): field is FilterField =>
  (FILTER_FIELDS as readonly string[]).includes(field);

const MAX_VALUES = 20;
const MAX_PAGES_BACK = 50;

const asArray = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Repeated parameter → distinct valid values; invalid ones dropped, never an error. */
const valuesOf = (item: z.ZodType<string>) =>
  z.preprocess(
    (value) =>
      [...new Set(asArray(value).filter((v) => item.safeParse(v).success) as string[])].slice(
        0,
        MAX_VALUES,
      ),
    z.array(z.string()),
  );

const key = z.string().regex(/^[A-Za-z0-9_:.-]{1,64}$/);
const cursor = z.string().regex(/^[A-Za-z0-9_=+/:.-]{1,200}$/);
const firstValue = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/**
 * Query string of /search: `q`, the filters (`types`, `ics`, `themes`,
 * `evidenceLevels`, `adoptionStages`, `updated`, each repeatable), `after`
 * (this page's cursor), `exact` (`1`: no spelling correction) and `prev` (the `after` of each earlier page, in order,
 * empty for the first page, so "Previous" works with forward-only cursors).
 * Invalid values are dropped.
 */
export const searchParamsSchema = z.object({
  q: z.preprocess(
    firstValue,
    z
      .string()
      .transform((v) => v.trim().slice(0, 200))
      .catch('')
      .default(''),
  ),
  types: valuesOf(z.enum(SEARCH_DOCUMENT_TYPES)),
  ics: valuesOf(key),
  themes: valuesOf(key),
  evidenceLevels: valuesOf(key),
  adoptionStages: valuesOf(key),
  updated: valuesOf(z.enum(UPDATED_RANGES)),
  /** `exact=1`: search as typed, no spelling correction ("Search instead for …"). */
  exact: z.preprocess((value) => firstValue(value) === '1', z.boolean()),
  after: z.preprocess(firstValue, cursor.optional().catch(undefined)),
  prev: z.preprocess(
    (value) =>
      asArray(value)
        .filter((v): v is string => v === '' || cursor.safeParse(v).success)
        .slice(-MAX_PAGES_BACK),
    z.array(z.string()),
  ),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

export const parseSearchParams = (
  raw: Record<string, string | string[] | undefined>,
): SearchParams => searchParamsSchema.parse(raw);

/** The API's SearchFilter for the chosen filters, or null when none is chosen. */
export function searchFilter(params: SearchParams): SearchFilter | null {
  const filter: SearchFilter = {};
  let any = false;
  for (const field of FILTER_FIELDS) {
    const values = params[field];
    if (values.length) {
      (filter as Record<FilterField, string[]>)[field] = values;
      any = true;
    }
  }
  return any ? filter : null;
}

export const hasFilters = (params: SearchParams): boolean =>
  FILTER_FIELDS.some((field) => params[field].length > 0);

/** `/search?q=…&types=…` for these params (filters kept; pages only as given). */
export function searchHref(params: Partial<SearchParams>): string {
  const query = new URLSearchParams();
  if (params.q) query.set('q', params.q);
  for (const field of FILTER_FIELDS) {
    for (const value of params[field] ?? []) query.append(field, value);
  }
  if (params.exact) query.set('exact', '1');
  if (params.after) {
    query.set('after', params.after);
    for (const p of params.prev ?? []) query.append('prev', p);
  }
  const text = query.toString();
  return text ? `/search?${text}` : '/search';
}

/** The same search from its first page (filters changed, or a new query). */
export const firstPage = (params: SearchParams): SearchParams => ({
  ...params,
  after: undefined,
  prev: [],
});

/** The search without one chosen filter value (back to the first page). */
export const withoutFilterHref = (
  params: SearchParams,
  field: FilterField,
  value: string,
): string =>
  searchHref({ ...firstPage(params), [field]: params[field].filter((v) => v !== value) });

/** The search with no filters. */
export const withoutFiltersHref = (params: SearchParams): string =>
  searchHref({ q: params.q, exact: params.exact });

/** The query as typed, without spelling correction ("Search instead for …"). */
export const exactSearchHref = (params: SearchParams): string =>
  searchHref({ ...firstPage(params), exact: true });

/** The next page: this page's `after` joins `prev`. */
export const nextPageHref = (params: SearchParams, endCursor: string): string =>
  searchHref({ ...params, after: endCursor, prev: [...params.prev, params.after ?? ''] });

/** The previous page, or null on the first page. */
export function previousPageHref(params: SearchParams): string | null {
  if (!params.after) return null;
  const prev = params.prev.slice(0, -1);
  const after = params.prev[params.prev.length - 1] || undefined;
  return searchHref({ ...params, after, prev: after ? prev : [] });
}

/** 1-based page number (how many pages came before, plus one). */
export const pageNumber = (params: SearchParams): number =>
  params.after ? Math.max(params.prev.length, 1) + 1 : 1;

/** "1,234", or "1,000+" when the API capped the count. */
export const formatCount = (count: number, capped = false): string =>
  `${count.toLocaleString('en-GB')}${capped ? '+' : ''}`;

/** "5 December 2026" (UK time). */
export const formatSearchDate = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  }).format(new Date(iso));
