/** What an admin form's server action returns when it refuses (it redirects when it works). */
export interface AdminFormState {
  errors: ReadonlyArray<{ field?: string; message: string }>;
  /** What was typed, kept for the next render. */
  values?: Record<string, string | string[]>;
  submittedAt?: number;
}

export const EMPTY_ADMIN_FORM: AdminFormState = { errors: [] };

/** One field of an admin form. */
export interface AdminField {
  kind: 'text' | 'textarea' | 'select' | 'checkboxes';
  name: string;
  label: string;
  hint?: string;
  /** select and checkboxes. */
  options?: ReadonlyArray<{ value: string; text: string }>;
  width?: 10 | 20 | 30;
}

/** The text of a form field ('' when missing), trimmed. */
export function formString(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** Every value of a repeated field (checkboxes), trimmed, blanks dropped. */
export function formStrings(formData: FormData, name: string): string[] {
  return formData
    .getAll(name)
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** A comma- or space-separated list ("a.org, b.org"), trimmed, blanks dropped. */
export function splitList(text: string, separator: RegExp = /[,\s]+/): string[] {
  return text
    .split(separator)
    .map((v) => v.trim())
    .filter(Boolean);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is an organisation id (a UUID) before it is sent to the API. */
export function isOrganisationId(value: string | undefined | null): value is string {
  return !!value && UUID.test(value);
}
