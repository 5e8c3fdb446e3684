import { z } from 'zod';

import { ADOPTION_STAGE_TEXT } from './adoption-forms';

/** Case studies shown per page of the library. */
export const CASE_STUDIES_PAGE_SIZE = 20;

const firstValue = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess(firstValue, schema.optional().catch(undefined));

export const EVIDENCE_LEVELS = ['ANECDOTAL', 'BEFORE_AFTER', 'COMPARATIVE', 'EVALUATED'] as const;
export const PRACTICE_STAGES = ['EMERGING', 'PILOT', 'ESTABLISHED', 'SCALED'] as const;

export const EVIDENCE_LABELS: Record<(typeof EVIDENCE_LEVELS)[number], string> = {
  ANECDOTAL: 'Anecdotal',
  BEFORE_AFTER: 'Before and after',
  COMPARATIVE: 'Comparative',
  EVALUATED: 'Independently evaluated',
};

export const STAGE_LABELS: Record<(typeof PRACTICE_STAGES)[number], string> = {
  EMERGING: 'Emerging',
  PILOT: 'Pilot',
  ESTABLISHED: 'Established',
  SCALED: 'Scaled',
};

/** Reader-facing names of the fields a version lists as changed. */
const CHANGED_FIELD_LABELS: Record<string, string> = {
  title: 'title',
  summary: 'summary',
  problem: 'problem',
  aims: 'aims',
  approach: 'approach',
  coreComponents: 'core components',
  adaptableParts: 'adaptable parts',
  resourcesAndCosts: 'resources and costs',
  keyLearning: 'key learning',
  targetGroups: 'target groups',
  imdQuintiles: 'deprivation quintiles',
  ageBands: 'age bands',
  evidenceLevel: 'evidence level',
  practiceStage: 'stage',
  icsId: 'ICS',
  placeId: 'place',
  contactName: 'contact name',
  contactEmail: 'contact email',
  contactRole: 'contact role',
  reviewBy: 'review-by date',
  themes: 'themes',
  partners: 'partners',
};

/** "summary, key learning" for a version's changed fields. */
export function changedFieldsText(fields: readonly string[]): string {
  return fields.map((f) => CHANGED_FIELD_LABELS[f] ?? f).join(', ');
}

/** Adoption stage labels (see ADOPTION_STAGE_TEXT for the hints). */
export const ADOPTION_STAGE_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(ADOPTION_STAGE_TEXT).map(([stage, t]) => [stage, t.label]),
);

/** Case study slugs: lower-case words and hyphens. */
export const slugSchema = z.string().regex(/^[a-z0-9-]{1,120}$/);

/**
 * Query string of /case-studies: `q`, `ics`, `theme`, `evidence`, `stage`,
 * `stale` (`exclude` or `only`) and `after`. Invalid values are dropped.
 */
export const caseStudiesSearchParamsSchema = z.object({
  q: optional(
    z
      .string()
      .trim()
      .max(100)
      .transform((v) => v || undefined),
  ),
  ics: optional(
    z
      .string()
      .regex(/^[A-Za-z0-9]{3}$/)
      .transform((v) => v.toUpperCase()),
  ),
  theme: optional(z.string().regex(/^[A-Z_]{2,60}$/)),
  evidence: optional(z.enum(EVIDENCE_LEVELS)),
  stage: optional(z.enum(PRACTICE_STAGES)),
  stale: optional(z.enum(['exclude', 'only'])),
  after: optional(z.string().regex(/^[A-Za-z0-9_=-]{1,200}$/)),
});

export type CaseStudiesSearchParams = z.infer<typeof caseStudiesSearchParamsSchema>;

/** The API filter for a library query string. */
export function caseStudiesFilter(params: CaseStudiesSearchParams) {
  return {
    search: params.q ?? null,
    icsOdsCode: params.ics ?? null,
    theme: params.theme ?? null,
    evidenceLevel: params.evidence ?? null,
    stage: params.stage ?? null,
    includeStale: params.stale !== 'exclude',
    staleOnly: params.stale === 'only',
  };
}

export function caseStudiesHref(params: CaseStudiesSearchParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, String(value));
  const text = query.toString();
  return text ? `/case-studies?${text}` : '/case-studies';
}

export const spreadSearchParamsSchema = z.object({
  theme: optional(z.string().regex(/^[A-Z_]{2,60}$/)),
});

// formatDate lives in a module without zod: client components (e.g. the
// attached assessments on a case study page) use it, and zod should not ship with them.
export { formatDate } from './format-date';

/** A value in its metric's unit, e.g. "£1,200,000", "150 people". */
export function formatValue(value: number, unit: string, qualifier?: string | null): string {
  const number = value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  const text =
    unit === 'GBP' ? `£${number}` : unit === 'percent' ? `${number}%` : `${number} ${unit}`;
  return qualifier ? `${qualifier} ${text}` : text;
}
