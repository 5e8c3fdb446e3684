/**
 * The adopter's forms (adopt a case study, change stage, log an adaptation,
 * readiness, add a figure, attach an assessment): reading and checking what
 * was posted with zod before the API is called, and turning API errors into
 * messages on the form's own fields. Pure functions, shared by the server
 * actions and their tests. Nothing technical (GraphQL, field names) reaches
 * the page: an API message that looks technical is replaced by the field's
 * own plain-English message.
 */
import type { AdaptationDecision, AdoptionStage } from '@mic/web-data-access';
import { z } from 'zod';

import type { DatePart } from './date-parts';
import { londonToday, parseDateParts, readDateParts } from './date-parts';

/** One error: shown in the error summary and, when it has a field, inline. */
export interface AdoptionFormError<F extends string = string> {
  field?: F;
  /** The id the error summary links to (a field's id, or a date input's first wrong box). */
  fieldId?: string;
  message: string;
  /** For a date input: the boxes to highlight. */
  parts?: DatePart[];
}

/** What an adoption form's server action returns to `useActionState`. */
export interface AdoptionFormState<F extends string = string> {
  errors: AdoptionFormError<F>[];
  /** What was typed, to show it again after an error. */
  values: Partial<Record<F, string>>;
  /** Set on every submission, so the form and error summary re-mount (focus, fresh defaults). */
  submittedAt?: number;
  /** Set when the change was saved: the success message to show. */
  saved?: string;
}

export function emptyAdoptionFormState<F extends string>(): AdoptionFormState<F> {
  return { errors: [], values: {} };
}

/* ------------------------------------------------------------------ stages */

export interface StageText {
  label: string;
  hint: string;
}

/** Every adoption stage the API has, with a reader's label and hint (the compiler checks it is complete). */
export const ADOPTION_STAGE_TEXT: Record<AdoptionStage, StageText> = {
  EXPLORING: {
    label: 'Exploring',
    hint: 'Finding out whether it would work for you: reading the evidence and talking to the origin.',
  },
  PLANNING: {
    label: 'Planning',
    hint: 'You have decided to adopt it and are agreeing funding, partners and a start date.',
  },
  PILOTING: {
    label: 'Piloting',
    hint: 'Trying it at a small scale, or with a first group of people.',
  },
  EMBEDDED: {
    label: 'Embedded',
    hint: 'Running as part of normal work, not as a project.',
  },
  SUSTAINED: {
    label: 'Sustained',
    hint: 'Running for a year or more, with lasting funding and an owner.',
  },
  STOPPED: {
    label: 'Stopped',
    hint: 'No longer going ahead. Say why, so others can learn from it.',
  },
};

/** Stages in the order an adoption moves through them. */
export const ADOPTION_STAGE_ORDER: readonly AdoptionStage[] = [
  'EXPLORING',
  'PLANNING',
  'PILOTING',
  'EMBEDDED',
  'SUSTAINED',
  'STOPPED',
];

/** Stages an adoption can be declared at (not STOPPED). */
export const STARTING_STAGES: readonly AdoptionStage[] = ADOPTION_STAGE_ORDER.filter(
  (s) => s !== 'STOPPED',
);

/** A stage's label, or the value itself when the API sends one this web app does not know yet. */
export function adoptionStageLabel(stage: string): string {
  return ADOPTION_STAGE_TEXT[stage as AdoptionStage]?.label ?? stage;
}

const isStage = (value: string): value is AdoptionStage =>
  (ADOPTION_STAGE_ORDER as readonly string[]).includes(value);

export const ADAPTATION_DECISION_TEXT: Record<AdaptationDecision, string> = {
  KEPT: 'Kept as it is',
  ADAPTED: 'Adapted',
  DROPPED: 'Dropped',
};

/* ---------------------------------------------------------- form reading */

const text = (formData: FormData, name: string): string => {
  const value = formData.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

/** Reads the named fields into a values record (what was typed, trimmed). */
export function readValues<F extends string>(
  formData: FormData,
  fields: readonly F[],
): Record<F, string> {
  return Object.fromEntries(fields.map((f) => [f, text(formData, f)])) as Record<F, string>;
}

type Parsed<F extends string, T> =
  | { ok: true; input: T; values: Partial<Record<F, string>> }
  | { ok: false; errors: AdoptionFormError<F>[]; values: Partial<Record<F, string>> };

/** zod issues → one error per field, in the order of `fields` (the order on the page). */
function issuesToErrors<F extends string>(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  fields: readonly F[],
): AdoptionFormError<F>[] {
  const seen = new Set<string>();
  const errors: AdoptionFormError<F>[] = [];
  for (const issue of issues) {
    const name = String(issue.path[0] ?? '');
    if (seen.has(name)) continue;
    seen.add(name);
    const field = fields.find((f) => f === name);
    errors.push(
      field ? { field, fieldId: field, message: issue.message } : { message: issue.message },
    );
  }
  return errors.sort(
    (a, b) => (a.field ? fields.indexOf(a.field) : -1) - (b.field ? fields.indexOf(b.field) : -1),
  );
}

function parseWith<F extends string, T>(
  schema: z.ZodType<T>,
  values: Record<F, string>,
  fields: readonly F[],
): Parsed<F, T> {
  const result = schema.safeParse(values);
  return result.success
    ? { ok: true, input: result.data, values }
    : { ok: false, errors: issuesToErrors(result.error.issues, fields), values };
}

/* --------------------------------------------------------- adopt this */

export const ADOPT_FIELDS = [
  'organisationId',
  'contactName',
  'contactEmail',
  'stage',
  'learnedFrom',
] as const;
export type AdoptField = (typeof ADOPT_FIELDS)[number];

/** "From the origin" in the learned-from radios. */
export const LEARNED_FROM_ORIGIN = 'origin';

export interface AdoptInput {
  organisationId: string;
  contact: { name: string; email: string };
  stage: AdoptionStage;
  learnedFromAdoptionId: string | null;
}

/**
 * Reads the "Adopt this" form. `organisationIds` are the person's verified
 * organisations (the only ones offered); `adoptionIds` the existing
 * adoptions they may say they learned it from.
 */
export function readAdoptForm(
  formData: FormData,
  allowed: { organisationIds: readonly string[]; adoptionIds: readonly string[] },
): Parsed<AdoptField, AdoptInput> {
  const values = readValues(formData, ADOPT_FIELDS);
  const schema = z
    .object({
      organisationId: z.string().refine((v) => allowed.organisationIds.includes(v), {
        message: 'Select the organisation that is adopting it',
      }),
      contactName: z
        .string()
        .min(1, 'Enter the name of the contact for this adoption')
        .min(2, 'Contact name must be 2 characters or more')
        .max(120, 'Contact name must be 120 characters or fewer'),
      contactEmail: z
        .string()
        .min(1, 'Enter the contact’s email address')
        .pipe(
          z.email({
            message: 'Enter an email address in the correct format, like name@example.nhs.uk',
          }),
        ),
      stage: z.string().refine((v) => isStage(v) && STARTING_STAGES.includes(v), {
        message: 'Select the stage you are starting at',
      }),
      learnedFrom: z
        .string()
        .refine((v) => v === '' || v === LEARNED_FROM_ORIGIN || allowed.adoptionIds.includes(v), {
          message: 'Select where you learned about it',
        }),
    })
    .transform((v): AdoptInput => ({
      organisationId: v.organisationId,
      contact: { name: v.contactName, email: v.contactEmail },
      stage: v.stage as AdoptionStage,
      learnedFromAdoptionId:
        v.learnedFrom && v.learnedFrom !== LEARNED_FROM_ORIGIN ? v.learnedFrom : null,
    }));
  return parseWith(schema, values, ADOPT_FIELDS);
}

/* ---------------------------------------------------------- change stage */

export const STAGE_FIELDS = ['stage', 'stageReason'] as const;
export type StageField = (typeof STAGE_FIELDS)[number];

export function readStageForm(
  formData: FormData,
): Parsed<StageField, { stage: AdoptionStage; stageReason: string | null }> {
  const values = readValues(formData, STAGE_FIELDS);
  const schema = z
    .object({
      stage: z.string().refine(isStage, { message: 'Select the stage the adoption is at' }),
      stageReason: z.string().max(2000, 'Reason must be 2,000 characters or fewer'),
    })
    .superRefine((v, ctx) => {
      if (v.stage === 'STOPPED' && !v.stageReason)
        ctx.addIssue({
          code: 'custom',
          path: ['stageReason'],
          message: 'Say why the adoption stopped',
        });
    })
    .transform((v) => ({ stage: v.stage as AdoptionStage, stageReason: v.stageReason || null }));
  return parseWith(schema, values, STAGE_FIELDS);
}

/* ---------------------------------------------------------- adaptation */

export const ADAPTATION_FIELDS = ['component', 'otherComponent', 'decision', 'detail'] as const;
export type AdaptationField = (typeof ADAPTATION_FIELDS)[number];

/** The "Other" choice among the core components. */
export const OTHER_COMPONENT = '__other';

/**
 * Reads the adaptation log form: the component is one of the origin's listed
 * core components, or "Other" with its name typed.
 */
export function readAdaptationForm(
  formData: FormData,
  components: readonly string[],
): Parsed<
  AdaptationField,
  { component: string; decision: AdaptationDecision; detail: string | null }
> {
  const values = readValues(formData, ADAPTATION_FIELDS);
  const schema = z
    .object({
      component: z.string().refine((v) => v === OTHER_COMPONENT || components.includes(v), {
        message: 'Select the core component',
      }),
      otherComponent: z.string().max(300, 'Component name must be 300 characters or fewer'),
      decision: z.string().refine((v) => v in ADAPTATION_DECISION_TEXT, {
        message: 'Select what you did with it',
      }),
      detail: z.string().max(5000, 'Detail must be 5,000 characters or fewer'),
    })
    .superRefine((v, ctx) => {
      if (v.component === OTHER_COMPONENT && v.otherComponent.length < 2)
        ctx.addIssue({
          code: 'custom',
          path: ['otherComponent'],
          message: v.otherComponent
            ? 'Component name must be 2 characters or more'
            : 'Enter the name of the component',
        });
      if (v.decision === 'ADAPTED' && !v.detail)
        ctx.addIssue({ code: 'custom', path: ['detail'], message: 'Say how you adapted it' });
      if (v.decision === 'DROPPED' && !v.detail)
        ctx.addIssue({ code: 'custom', path: ['detail'], message: 'Say why you dropped it' });
    })
    .transform((v) => ({
      component: v.component === OTHER_COMPONENT ? v.otherComponent : v.component,
      decision: v.decision as AdaptationDecision,
      detail: v.detail || null,
    }));
  return parseWith(schema, values, ADAPTATION_FIELDS);
}

/* ---------------------------------------------------------- readiness */

export const READINESS_AREAS = ['leadership', 'funding', 'partners', 'data', 'workforce'] as const;
export const READINESS_AREA_LABELS: Record<(typeof READINESS_AREAS)[number], string> = {
  leadership: 'Leadership',
  funding: 'Funding',
  partners: 'Partners',
  data: 'Data',
  workforce: 'Workforce',
};
export const READINESS_FIELDS = [
  ...READINESS_AREAS.map((a) => `readiness-${a}` as const),
  'barriers',
  'enablers',
] as const;
export type ReadinessField = (typeof READINESS_FIELDS)[number];

const lineList = (label: string) =>
  z
    .string()
    .transform((v) =>
      v
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(500, `Each ${label} must be 500 characters or fewer`))
        .max(30, `List up to 30 ${label}s`),
    );

export interface ReadinessInput {
  readiness: { area: string; score: number }[];
  barriers: string[];
  enablers: string[];
}

export function readReadinessForm(formData: FormData): Parsed<ReadinessField, ReadinessInput> {
  const values = readValues(formData, READINESS_FIELDS);
  const score = z
    .string()
    .transform((v) => v || '0')
    .pipe(z.string().regex(/^[0-4]$/, 'Select a score from 0 to 4'))
    .transform(Number);
  const schema = z
    .object({
      'readiness-leadership': score,
      'readiness-funding': score,
      'readiness-partners': score,
      'readiness-data': score,
      'readiness-workforce': score,
      barriers: lineList('barrier'),
      enablers: lineList('enabler'),
    })
    .transform((v): ReadinessInput => ({
      readiness: READINESS_AREAS.map((area) => ({ area, score: v[`readiness-${area}`] })),
      barriers: v.barriers,
      enablers: v.enablers,
    }));
  return parseWith(schema, values, READINESS_FIELDS);
}

/* ---------------------------------------------------------- figure */

export const FIGURE_FIELDS = [
  'metricKey',
  'value',
  'measuredOn-day',
  'measuredOn-month',
  'measuredOn-year',
  'source',
] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number] | 'measuredOn';

/**
 * A figure as people type it: "1200", "1,200", "12.5", "-3", with an optional
 * £ in front or % after. Returns null for anything else ("lots", "1,2,3", "").
 */
export function parseFigureValue(raw: string): number | null {
  const compact = raw.replace(/\s+/g, '').replace(/^£/, '').replace(/%$/, '');
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(compact)) return null;
  const value = Number(compact.replace(/,/g, ''));
  return Number.isFinite(value) && Math.abs(value) < 1e15 ? value : null;
}

export interface FigureInput {
  metricKey: string;
  value: number;
  measuredOn: string;
  sourceTitle: string | null;
  sourceUrl: string | null;
}

/** Reads the "Add a figure" form; `metricKeys` are the dictionary's keys, `today` (YYYY-MM-DD) is the latest date allowed. */
export function readFigureForm(
  formData: FormData,
  metricKeys: readonly string[],
  today: string = londonToday(),
): Parsed<FigureField, FigureInput> {
  const values: Partial<Record<FigureField, string>> = readValues(formData, FIGURE_FIELDS);
  const parts = readDateParts(formData, 'measuredOn');
  const errors: AdoptionFormError<FigureField>[] = [];
  const metricKey = values.metricKey ?? '';
  if (!metricKeys.includes(metricKey))
    errors.push({
      field: 'metricKey',
      fieldId: 'metricKey',
      message: 'Select the metric the figure is for',
    });
  const rawValue = values.value ?? '';
  const value = parseFigureValue(rawValue);
  if (!rawValue) errors.push({ field: 'value', fieldId: 'value', message: 'Enter the figure' });
  else if (value === null)
    errors.push({
      field: 'value',
      fieldId: 'value',
      message: 'Figure must be a number, like 12, 1,200 or 4.5',
    });
  const date = parseDateParts(parts, {
    what: 'the date the figure applies to',
    notAfter: today,
  });
  if (!date.ok)
    errors.push({
      field: 'measuredOn',
      fieldId: `measuredOn-${date.parts[0]}`,
      message: date.message,
      parts: date.parts,
    });
  const source = values.source ?? '';
  const isUrl = /^https?:\/\//i.test(source);
  if (!source)
    errors.push({
      field: 'source',
      fieldId: 'source',
      message: 'Enter the source of the figure: a document title or a link',
    });
  else if (isUrl && (source.length > 1000 || !z.url().safeParse(source).success))
    errors.push({
      field: 'source',
      fieldId: 'source',
      message: 'Enter a link in the correct format, like https://www.example.nhs.uk/report',
    });
  else if (!isUrl && source.length > 500)
    errors.push({
      field: 'source',
      fieldId: 'source',
      message: 'Source title must be 500 characters or fewer',
    });
  if (errors.length || value === null || !date.ok) return { ok: false, errors, values };
  return {
    ok: true,
    values,
    input: {
      metricKey,
      value,
      measuredOn: date.value,
      sourceTitle: isUrl ? null : source,
      sourceUrl: isUrl ? source : null,
    },
  };
}

/* ---------------------------------------------------------- attach */

export const ATTACH_FIELDS = ['assessmentId'] as const;
export type AttachField = (typeof ATTACH_FIELDS)[number];

export function readAttachForm(
  formData: FormData,
  assessmentIds: readonly string[],
): Parsed<AttachField, { assessmentId: string }> {
  const values = readValues(formData, ATTACH_FIELDS);
  const schema = z.object({
    assessmentId: z.string().refine((v) => assessmentIds.includes(v), {
      message: 'Select one of your submitted assessments',
    }),
  });
  return parseWith(schema, values, ATTACH_FIELDS);
}

/* ---------------------------------------------------------- API errors */

/** A message that names code rather than people's words: never shown. */
const TECHNICAL =
  /Variable "\$|got invalid value|Expected (type|value)|Cannot (query|return)|Syntax Error|GraphQL|\b[a-z]+[A-Z][A-Za-z]*\b|\bnull\b|\bundefined\b|\bat .+:\d+:\d+|SQL|violates|constraint/;

export function isTechnicalMessage(message: string): boolean {
  return TECHNICAL.test(message);
}

export interface ApiErrorLike {
  code: string;
  message: string;
  field?: string;
}

export interface ApiFieldMapping<F extends string> {
  /** API input field (last path segment, e.g. "measuredOn" of "input.measuredOn") → form field and the id to link to. */
  fields: Partial<Record<string, { field: F; fieldId?: string }>>;
  /** Plain message per form field, used when the API's message is technical. */
  messages: Partial<Record<F, string>>;
  /** Form field for errors the API gives without a field, by code (e.g. CONFLICT → organisationId). */
  fieldForCode?: Partial<Record<string, F>>;
}

const GENERIC = 'Sorry, something went wrong and your change was not saved. Try again.';

/** API errors as form errors: on the form's fields where known, in plain words always. */
export function adoptionErrorsFromApi<F extends string>(
  apiErrors: ReadonlyArray<ApiErrorLike>,
  mapping: ApiFieldMapping<F>,
): AdoptionFormError<F>[] {
  const out: AdoptionFormError<F>[] = [];
  const seen = new Set<string>();
  for (const e of apiErrors) {
    const name = e.field?.split('.').pop();
    const target =
      (name ? mapping.fields[name] : undefined) ??
      (mapping.fieldForCode?.[e.code] ? { field: mapping.fieldForCode[e.code] as F } : undefined);
    let message: string;
    if (e.code === 'INTERNAL_SERVER_ERROR') message = GENERIC;
    else if (e.code === 'UNAUTHENTICATED') message = 'Your session has ended. Sign in again.';
    else if (isTechnicalMessage(e.message))
      message = (target && mapping.messages[target.field]) ?? GENERIC;
    else message = e.message;
    const error: AdoptionFormError<F> = target
      ? { field: target.field, fieldId: target.fieldId ?? target.field, message }
      : { message };
    const key = `${error.field ?? ''}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(error);
  }
  return out.length ? out : [{ message: GENERIC }];
}

/** The mapping for the figure form (AddOutcomeMeasurementInput). */
export const FIGURE_API_FIELDS: ApiFieldMapping<FigureField> = {
  fields: {
    metricKey: { field: 'metricKey' },
    value: { field: 'value' },
    measuredOn: { field: 'measuredOn', fieldId: 'measuredOn-day' },
    sourceTitle: { field: 'source' },
    sourceUrl: { field: 'source' },
  },
  messages: {
    metricKey: 'Select the metric the figure is for',
    value: 'Figure must be a number, like 12, 1,200 or 4.5',
    measuredOn: 'Date must be a real date',
    source: 'Enter the source of the figure: a document title or a link',
  },
};

export const ADOPT_API_FIELDS: ApiFieldMapping<AdoptField> = {
  fields: {
    organisationId: { field: 'organisationId' },
    caseStudyId: { field: 'organisationId' },
    name: { field: 'contactName' },
    email: { field: 'contactEmail' },
    contact: { field: 'contactName' },
    stage: { field: 'stage' },
    learnedFromAdoptionId: { field: 'learnedFrom' },
  },
  messages: {
    organisationId: 'Select the organisation that is adopting it',
    contactName: 'Enter the name of the contact for this adoption',
    contactEmail: 'Enter an email address in the correct format, like name@example.nhs.uk',
    stage: 'Select the stage you are starting at',
    learnedFrom: 'Select where you learned about it',
  },
  fieldForCode: { FORBIDDEN: 'organisationId', CONFLICT: 'organisationId' },
};

export const STAGE_API_FIELDS: ApiFieldMapping<StageField> = {
  fields: { stage: { field: 'stage' }, stageReason: { field: 'stageReason' } },
  messages: {
    stage: 'Select the stage the adoption is at',
    stageReason: 'Say why the adoption stopped',
  },
};

export const ADAPTATION_API_FIELDS: ApiFieldMapping<AdaptationField> = {
  fields: {
    component: { field: 'component' },
    decision: { field: 'decision' },
    detail: { field: 'detail' },
  },
  messages: {
    component: 'Select the core component',
    decision: 'Select what you did with it',
    detail: 'Detail must be 5,000 characters or fewer',
  },
};

export const READINESS_API_FIELDS: ApiFieldMapping<ReadinessField> = {
  fields: {
    barriers: { field: 'barriers' },
    enablers: { field: 'enablers' },
    readiness: { field: 'readiness-leadership' },
    score: { field: 'readiness-leadership' },
  },
  messages: {
    barriers: 'Check the barriers: up to 30, each 500 characters or fewer',
    enablers: 'Check the enablers: up to 30, each 500 characters or fewer',
    'readiness-leadership': 'Select a score from 0 to 4 for each area',
  },
};

export const ATTACH_API_FIELDS: ApiFieldMapping<AttachField> = {
  fields: { assessmentId: { field: 'assessmentId' } },
  messages: { assessmentId: 'Select one of your submitted assessments' },
  fieldForCode: { CONFLICT: 'assessmentId', NOT_FOUND: 'assessmentId' },
};
