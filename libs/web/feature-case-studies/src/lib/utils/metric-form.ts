import type { ApiError } from '@mic/web-data-access';

import { GENERIC_ERROR, isTechnicalMessage, plainMessage } from './plain-errors';

/**
 * Reading the metric dictionary form (a plain HTML form, so it works without
 * JavaScript) and mapping API errors back onto its fields. The rules mirror
 * the API's UpsertMetricInput, which validates again.
 */

export type MetricDirectionValue = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

export const METRIC_DIRECTION_LABELS: Record<MetricDirectionValue, string> = {
  HIGHER_IS_BETTER: 'Higher is better',
  LOWER_IS_BETTER: 'Lower is better',
};

/** Field ids of the form; a radio group's id is its first radio's. */
export const METRIC_FIELD_IDS = {
  key: 'key',
  label: 'label',
  unit: 'unit',
  definition: 'definition',
  direction: 'direction',
  perPopulation: 'perPopulation',
} as const;

export type MetricField = keyof typeof METRIC_FIELD_IDS;

export interface MetricFormError {
  field?: MetricField;
  message: string;
}

/** What the metric form's server action returns to `useActionState`. */
export interface MetricFormState {
  errors: MetricFormError[];
  /** What was typed, keyed by field name, to re-show the form. */
  values: Partial<Record<MetricField, string>>;
  /** Set on every failed submission so the error summary re-mounts and takes focus. */
  submittedAt?: number;
}

export const emptyMetricFormState = (): MetricFormState => ({ errors: [], values: {} });

export const METRIC_KEY_PATTERN = /^[A-Z0-9_]{2,60}$/;

export interface MetricInputValues {
  key: string;
  label: string;
  unit: string;
  definition: string;
  direction: MetricDirectionValue;
  perPopulation: boolean;
}

/** A key from a label: "Carers supported (adults)" → "CARERS_SUPPORTED_ADULTS". */
export function metricKeyFrom(label: string): string {
  return label
    .normalize('NFKD')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60)
    .replace(/_+$/, '');
}

const text = (formData: FormData, name: string): string => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
};

/**
 * Reads and checks the posted form. `mode` 'add' derives a blank key from the
 * label; 'change' keeps the key it was given (it cannot be changed).
 */
export function readMetricForm(
  formData: FormData,
  mode: 'add' | 'change',
): {
  input: MetricInputValues | null;
  values: MetricFormState['values'];
  errors: MetricFormError[];
} {
  const typedKey = text(formData, 'key').trim();
  const label = text(formData, 'label').trim();
  const unit = text(formData, 'unit').trim();
  const definition = text(formData, 'definition').trim();
  const direction = text(formData, 'direction');
  const perPopulation = text(formData, 'perPopulation');
  const key = (mode === 'add' && !typedKey ? metricKeyFrom(label) : typedKey).toUpperCase();
  const values = { key: typedKey, label, unit, definition, direction, perPopulation };
  const errors: MetricFormError[] = [];
  if (mode === 'add' && (typedKey || label) && !METRIC_KEY_PATTERN.test(key)) {
    errors.push({
      field: 'key',
      message:
        'Enter a key of 2 to 60 capital letters, digits and underscores, like CARERS_SUPPORTED',
    });
  }
  if (label.length < 2 || label.length > 200)
    errors.push({ field: 'label', message: 'Enter a label of 2 to 200 characters' });
  if (unit.length < 1 || unit.length > 40)
    errors.push({ field: 'unit', message: 'Enter a unit of up to 40 characters, like people' });
  if (definition.length < 5 || definition.length > 2000)
    errors.push({
      field: 'definition',
      message: 'Enter a definition of 5 to 2000 characters: what is counted, and how',
    });
  if (direction !== 'HIGHER_IS_BETTER' && direction !== 'LOWER_IS_BETTER')
    errors.push({ field: 'direction', message: 'Select whether higher or lower is better' });
  if (perPopulation !== 'yes' && perPopulation !== 'no')
    errors.push({
      field: 'perPopulation',
      message: 'Select whether values are compared per 100,000 residents',
    });
  if (errors.length) return { input: null, values, errors };
  return {
    input: {
      key,
      label,
      unit,
      definition,
      direction: direction as MetricDirectionValue,
      perPopulation: perPopulation === 'yes',
    },
    values,
    errors,
  };
}

/** API errors (from `toApiErrors`) as form errors: known input fields inline, others in the summary. */
export function metricErrorsFromApi(
  apiErrors: ReadonlyArray<{ code?: ApiError['code']; field?: string; message: string }>,
): MetricFormError[] {
  const seen = new Set<string>();
  const out: MetricFormError[] = [];
  for (const e of apiErrors) {
    const name = e.field?.split('.').pop();
    const field = name && name in METRIC_FIELD_IDS ? (name as MetricField) : undefined;
    // Nothing technical reaches the page (GraphQL coercion text, internal errors).
    const message = e.code
      ? plainMessage({ code: e.code, message: e.message })
      : isTechnicalMessage(e.message)
        ? GENERIC_ERROR
        : e.message;
    const dedupe = `${field ?? ''}:${message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    out.push(field ? { field, message } : { message });
  }
  return out.length ? out : [{ message: 'Something went wrong. Try again.' }];
}
