import type { ApiError } from '@mic/web-data-access';
import { errorSummaryItems } from '@mic/web-ui';

/** One error shown in the error summary and, when it has a field, inline. */
export interface FormError<TField extends string = string> {
  field?: TField;
  message: string;
}

/**
 * State returned by a form's server action (via `useActionState`). `values`
 * echoes what the user typed (never passwords) so the form can be re-shown.
 */
export interface FormState<TField extends string = string> {
  errors: FormError<TField>[];
  values: Partial<Record<TField, string>>;
  /** Set by the action on every failed submission, so the error summary re-mounts and takes focus. */
  submittedAt?: number;
}

export function emptyFormState<TField extends string>(): FormState<TField> {
  return { errors: [], values: {} };
}

/** Error summary items (linking to `#field`) for a form state. */
export function summaryItems<TField extends string>(
  state: FormState<TField>,
): Array<{ fieldId?: string; message: string }> {
  return errorSummaryItems(state.errors);
}

/** The first error for a field, for its inline error message. */
export function fieldError<TField extends string>(
  state: FormState<TField>,
  field: TField,
): string | undefined {
  return state.errors.find((error) => error.field === field)?.message;
}

/** A text field's id (also its name), what was typed and its inline error. */
export function textField<TField extends string>(
  state: FormState<TField>,
  field: TField,
): { id: TField; defaultValue: string | undefined; error: string | undefined } {
  return { id: field, defaultValue: state.values[field], error: fieldError(state, field) };
}

/** A select's id (also its name), the option chosen (none: the first) and its inline error. */
export function selectField<TField extends string>(
  state: FormState<TField>,
  field: TField,
): { id: TField; defaultValue: string; error: string | undefined } {
  return { ...textField(state, field), defaultValue: state.values[field] ?? '' };
}

export interface ApiErrorMapping<TField extends string> {
  /** The form's field names; API `extensions.field` values are matched against them. */
  fields: readonly TField[];
  /** Field to attach an error to when the API names none (e.g. CONFLICT on sign-up → email). */
  fieldForCode?: Partial<Record<ApiError['code'], TField>>;
}

/**
 * Maps API errors to form errors: BAD_USER_INPUT with `extensions.field`
 * goes to that field; other codes go to `fieldForCode[code]` when given, so
 * the error summary can still link to a field.
 */
export function formErrorsFromApi<TField extends string>(
  apiErrors: ApiError[],
  mapping: ApiErrorMapping<TField>,
): FormError<TField>[] {
  return apiErrors.map((apiError) => {
    const named = apiError.field as TField | undefined;
    const field =
      named !== undefined && mapping.fields.includes(named)
        ? named
        : mapping.fieldForCode?.[apiError.code];
    return field ? { field, message: apiError.message } : { message: apiError.message };
  });
}

/** Turns zod issues (path[0] is the field name) into form errors, one per field. */
export function formErrorsFromIssues<TField extends string>(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  fields: readonly TField[],
): FormError<TField>[] {
  const seen = new Set<string>();
  const errors: FormError<TField>[] = [];
  for (const issue of issues) {
    const name = String(issue.path[0] ?? '');
    if (seen.has(name)) continue;
    seen.add(name);
    const field = fields.find((candidate) => candidate === name);
    errors.push(field ? { field, message: issue.message } : { message: issue.message });
  }
  // Keep the error summary in the same order as the fields on the page.
  return errors.sort(
    (a, b) => (a.field ? fields.indexOf(a.field) : -1) - (b.field ? fields.indexOf(b.field) : -1),
  );
}
