import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/**
 * One query-string value read with `schema`: the first when it is repeated,
 * and undefined (dropped, not an error) when it is missing or malformed.
 */
export function queryParam<T extends z.ZodType>(schema: T) {
  return z.preprocess(first, schema.optional().catch(undefined));
}

/** The query-string values the list pages share. */
export const queryParams = {
  /** An organisation's (or any) id. */
  uuid: () => queryParam(z.string().regex(UUID)),
  /** An ICS's ODS code, like QUA. */
  odsCode: () => queryParam(z.string().regex(/^[A-Z0-9]{3,5}$/)),
  /** A page cursor from the API. */
  cursor: () =>
    queryParam(
      z
        .string()
        .max(40)
        .regex(/^[A-Za-z0-9_-]+$/),
    ),
};

/** `path` with the given values (those set, in order) as its query string. */
export function hrefWithQuery(
  path: string,
  values: Record<string, string | null | undefined>,
): string {
  const q = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) q.set(name, value);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
