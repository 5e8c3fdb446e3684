import type { ApiError, CaseStudyEditQuery } from '@mic/web-data-access';

import { plainMessage } from './plain-errors';

/**
 * The guided case study editor: four question steps and "check your
 * answers". Each step posts only its own fields, and every step is saved to
 * the draft (create on step 1, then update with the optimistic version), so
 * nothing is lost between steps.
 */

export const EDITOR_STEP_TITLES = {
  1: 'Basics',
  2: 'Problem and aims',
  3: 'Approach and partners',
  4: 'Population, evidence and contact',
  5: 'Check your answers',
} as const;

export type EditorStep = 1 | 2 | 3 | 4;
export type EditorPage = EditorStep | 5;

export const LAST_QUESTION_STEP = 4;

/** Form field names (and element ids) on each step, in page order. */
export const STEP_FIELDS = {
  1: ['title', 'summary', 'icsOdsCode', 'placeName', 'themes'],
  2: ['problem', 'aims'],
  3: ['approach', 'coreComponents', 'adaptableParts', 'partners'],
  4: [
    'targetGroups',
    'imdQuintiles',
    'ageBands',
    'resourcesAndCosts',
    'evidenceLevel',
    'stage',
    'keyLearning',
    'contactName',
    'contactRole',
    'contactEmail',
    'reviewBy',
  ],
} as const satisfies Record<EditorStep, readonly string[]>;

export type EditorField = (typeof STEP_FIELDS)[EditorStep][number];

/** Field values as the form holds them: text, or a list for checkboxes. */
export type EditorValues = Partial<Record<EditorField, string | string[]>>;

export interface EditorError {
  field?: EditorField;
  message: string;
}

/** What a step's server action returns to the form (via `useActionState`). */
export interface EditorFormState {
  errors: EditorError[];
  values: EditorValues;
  /** True when the save failed because someone else saved first (CONFLICT). */
  conflict?: boolean;
  /** Set on every failed submission, so the error summary re-mounts and takes focus. */
  submittedAt?: number;
}

export const CONFLICT_MESSAGE =
  'Someone else changed this case study while you were editing it. Reload this page to see their changes, then make yours again.';

const MULTI_FIELDS = new Set<EditorField>(['themes', 'imdQuintiles']);

export function parseEditorPage(value: string): EditorPage | null {
  return /^[1-5]$/.test(value) ? (Number(value) as EditorPage) : null;
}

export function isQuestionStep(step: EditorPage): step is EditorStep {
  return step <= LAST_QUESTION_STEP;
}

export function editorHref(slug: string, step: EditorPage): string {
  return `/case-studies/${slug}/edit/${step}`;
}

type EditCaseStudy = NonNullable<CaseStudyEditQuery['caseStudy']>;

/** A partner per line: "Name: role". */
export function formatPartners(
  partners: ReadonlyArray<{ name: string; role: string | null }>,
): string {
  return partners.map((p) => (p.role ? `${p.name}: ${p.role}` : p.name)).join('\n');
}

export function parsePartners(value: string): Array<{ name: string; role?: string }> {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(':');
      if (at < 0) return { name: line };
      const name = line.slice(0, at).trim();
      const role = line.slice(at + 1).trim();
      return role ? { name, role } : { name };
    });
}

const splitList = (value: string): string[] =>
  value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** The form's values for a saved case study. */
export function valuesFromCaseStudy(cs: EditCaseStudy): EditorValues {
  return {
    title: cs.title,
    summary: cs.summary,
    icsOdsCode: cs.ics?.odsCode ?? '',
    placeName: cs.place?.name ?? '',
    themes: cs.themes.map((t) => t.key),
    problem: cs.problem.markdown,
    aims: cs.aims.markdown,
    approach: cs.approach.markdown,
    coreComponents: cs.coreComponents.markdown,
    adaptableParts: cs.adaptableParts.markdown,
    partners: formatPartners(cs.partners),
    targetGroups: cs.targetPopulation.groups.join(', '),
    imdQuintiles: cs.targetPopulation.imdQuintiles.map(String),
    ageBands: cs.targetPopulation.ageBands.join(', '),
    resourcesAndCosts: cs.resourcesAndCosts.markdown,
    evidenceLevel: cs.evidenceLevel,
    stage: cs.stage,
    keyLearning: cs.keyLearning.markdown,
    contactName: cs.contact?.name ?? '',
    contactRole: cs.contact?.role ?? '',
    contactEmail: cs.contact?.email ?? '',
    reviewBy: cs.reviewBy,
  };
}

/** Reads a step's fields from a posted form (trimmed text, checkbox lists). */
export function readStepValues(step: EditorStep, formData: FormData): EditorValues {
  const values: EditorValues = {};
  for (const field of STEP_FIELDS[step]) {
    if (MULTI_FIELDS.has(field)) {
      values[field] = formData.getAll(field).filter((v): v is string => typeof v === 'string');
    } else {
      const raw = formData.get(field);
      values[field] = typeof raw === 'string' ? raw.trim() : '';
    }
  }
  return values;
}

const str = (values: EditorValues, field: EditorField): string => {
  const value = values[field];
  return typeof value === 'string' ? value : '';
};
const list = (values: EditorValues, field: EditorField): string[] => {
  const value = values[field];
  return Array.isArray(value) ? value : [];
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the web can make before calling the API (which validates fully). */
export function validateStep(step: EditorStep, values: EditorValues): EditorError[] {
  const errors: EditorError[] = [];
  if (step === 1) {
    const title = str(values, 'title');
    if (!title) errors.push({ field: 'title', message: 'Enter a title' });
    else if (title.length < 5 || title.length > 200)
      errors.push({ field: 'title', message: 'Title must be 5 to 200 characters' });
    const summary = str(values, 'summary');
    if (!summary) errors.push({ field: 'summary', message: 'Enter a summary' });
    else if (summary.length < 10 || summary.length > 2000)
      errors.push({ field: 'summary', message: 'Summary must be 10 to 2,000 characters' });
  }
  if (step === 4) {
    if ((str(values, 'contactRole') || str(values, 'contactEmail')) && !str(values, 'contactName'))
      errors.push({ field: 'contactName', message: 'Enter the contact’s name' });
    const reviewBy = str(values, 'reviewBy');
    if (reviewBy && (!DATE.test(reviewBy) || Number.isNaN(Date.parse(reviewBy))))
      errors.push({
        field: 'reviewBy',
        message: 'Review-by date must be a real date as YYYY-MM-DD',
      });
  }
  return errors;
}

/**
 * The API input for one step's values (`createCaseStudy` on step 1 of a new
 * case study, otherwise `updateCaseStudy` plus id and expectedVersion).
 */
export function stepInput(step: EditorStep, values: EditorValues): Record<string, unknown> {
  switch (step) {
    case 1:
      return {
        title: str(values, 'title'),
        summary: str(values, 'summary'),
        icsOdsCode: str(values, 'icsOdsCode') || null,
        placeName: str(values, 'placeName') || null,
        themes: list(values, 'themes'),
      };
    case 2:
      return { problem: str(values, 'problem'), aims: str(values, 'aims') };
    case 3:
      return {
        approach: str(values, 'approach'),
        coreComponents: str(values, 'coreComponents'),
        adaptableParts: str(values, 'adaptableParts'),
        partners: parsePartners(str(values, 'partners')),
      };
    case 4: {
      const contactName = str(values, 'contactName');
      return {
        targetGroups: splitList(str(values, 'targetGroups')),
        imdQuintiles: list(values, 'imdQuintiles').map(Number),
        ageBands: splitList(str(values, 'ageBands')),
        resourcesAndCosts: str(values, 'resourcesAndCosts'),
        evidenceLevel: str(values, 'evidenceLevel') || null,
        stage: str(values, 'stage') || null,
        keyLearning: str(values, 'keyLearning'),
        contact: contactName
          ? {
              name: contactName,
              role: str(values, 'contactRole') || null,
              email: str(values, 'contactEmail') || null,
            }
          : null,
        reviewBy: str(values, 'reviewBy') || null,
      };
    }
  }
}

/** Maps an API input path (e.g. `contact.email`, `partners.0.name`) to the form field showing it. */
export function fieldForApiPath(
  step: EditorStep,
  path: string | undefined,
): EditorField | undefined {
  if (!path) return undefined;
  const mapped =
    path === 'contact.name'
      ? 'contactName'
      : path === 'contact.role'
        ? 'contactRole'
        : path === 'contact.email'
          ? 'contactEmail'
          : path.split('.')[0];
  return (STEP_FIELDS[step] as readonly string[]).includes(mapped ?? '')
    ? (mapped as EditorField)
    : undefined;
}

/** API errors as editor errors: field errors inline, CONFLICT as the reload message. */
export function editorErrorsFromApi(step: EditorStep, apiErrors: ApiError[]): EditorError[] {
  return apiErrors.map((apiError) => {
    if (apiError.code === 'CONFLICT' && apiError.field === 'expectedVersion')
      return { message: CONFLICT_MESSAGE };
    const field =
      apiError.code === 'BAD_USER_INPUT' ? fieldForApiPath(step, apiError.field) : undefined;
    const message = plainMessage(apiError);
    return field ? { field, message } : { message };
  });
}

export function editorFieldError(state: EditorFormState, field: EditorField): string | undefined {
  return state.errors.find((error) => error.field === field)?.message;
}

/** An ICS as the editor offers it, with its places. */
export interface EditorIcsOption {
  odsCode: string;
  shortName: string;
  places: ReadonlyArray<{ name: string }>;
}

/**
 * The ICS the editor starts from: the saved one, else the author's
 * organisation's (the first by ODS code, as the API picks when none is given).
 */
export function defaultIcsCode(
  saved: string | null | undefined,
  organisationIcss: ReadonlyArray<{ odsCode: string }> | null | undefined,
): string {
  if (saved) return saved;
  return [...(organisationIcss ?? [])].map((i) => i.odsCode).sort()[0] ?? '';
}

/** The places the place list offers: only those of the chosen ICS. */
export function placesForIcs(
  icss: ReadonlyArray<EditorIcsOption>,
  odsCode: string | null | undefined,
): string[] {
  return icss.find((i) => i.odsCode === odsCode)?.places.map((p) => p.name) ?? [];
}

/**
 * Step 1: a chosen place must be in the chosen ICS (or, with no ICS chosen,
 * the author's organisation's ICS). Checked on the server so that, without
 * JavaScript, changing the ICS but keeping an old place gets a clear error.
 */
export function validatePlace(
  values: EditorValues,
  icss: ReadonlyArray<EditorIcsOption>,
  fallbackIcs: string,
): EditorError[] {
  const place = str(values, 'placeName');
  if (!place) return [];
  const code = str(values, 'icsOdsCode') || fallbackIcs;
  const ics = icss.find((i) => i.odsCode === code);
  if (!ics) return [{ field: 'icsOdsCode', message: 'Select the ICS the place is in' }];
  if (ics.places.some((p) => p.name.toLowerCase() === place.toLowerCase())) return [];
  return [
    {
      field: 'placeName',
      message: ics.places.length
        ? `${place} is not in ${ics.shortName}. Choose a place in ${ics.shortName}, or Across the ICS`
        : `${ics.shortName} has no places listed. Choose Across the ICS`,
    },
  ];
}
