import { z } from 'zod';

/** ICB ODS codes are three characters, e.g. QUA; matched case-insensitively. */
export const odsCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9]{3}$/)
  .transform((code) => code.toUpperCase());

/** Organisation ids: opaque to the web, but bounded and URL-safe. */
export const organisationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Organisations shown per page. */
export const ORGANISATIONS_PAGE_SIZE = 20;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((value) => (value ? value : undefined));

const firstValue = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/**
 * Query string of /organisations: `q` (search), `ics` (ODS code), `type`
 * (organisation type key) and `after` (cursor). Invalid values are dropped
 * rather than failing the page.
 */
export const organisationsSearchParamsSchema = z.object({
  q: z.preprocess(firstValue, optionalText(100)),
  ics: z.preprocess(firstValue, odsCodeSchema.optional().catch(undefined)),
  type: z.preprocess(
    firstValue,
    z
      .string()
      .regex(/^[A-Z_]{1,40}$/)
      .optional()
      .catch(undefined),
  ),
  after: z.preprocess(
    firstValue,
    z
      .string()
      .regex(/^[A-Za-z0-9_=-]{1,200}$/)
      .optional()
      .catch(undefined),
  ),
});

export type OrganisationsSearchParams = z.infer<typeof organisationsSearchParamsSchema>;

/** Builds an /organisations URL from filters (omitting empty values). */
export function organisationsHref(params: Partial<OrganisationsSearchParams>): string {
  const query = new URLSearchParams();
  if (params.q) query.set('q', params.q);
  if (params.ics) query.set('ics', params.ics);
  if (params.type) query.set('type', params.type);
  if (params.after) query.set('after', params.after);
  const text = query.toString();
  return text ? `/organisations?${text}` : '/organisations';
}
