/**
 * Reading the create-toolkit and publish-version forms (plain HTML forms, so
 * they work without JavaScript) and mapping API errors back onto their fields.
 */

import { TOOLKIT_SECTIONS_MAX, TOOLKIT_SLUG_PATTERN } from '@mic/shared-util';

/** One error for the NHS error summary and, with a field id, inline. */
export interface ToolkitFormError {
  /** The id of the field in error (linked as `#id`). */
  field?: string;
  message: string;
}

/** What a toolkit form's server action returns to `useActionState`. */
export interface ToolkitFormState {
  errors: ToolkitFormError[];
  /** What was typed, keyed by field name, to re-show the form. */
  values: Record<string, string>;
  /** Checked theme keys (create form). */
  themeKeys?: string[];
  /** Set on every failed submission so the error summary re-mounts and takes focus. */
  submittedAt?: number;
}

export const emptyToolkitFormState = (): ToolkitFormState => ({ errors: [], values: {} });

export interface SectionValue {
  key: string;
  title: string;
  body: string;
}

export type SectionPart = 'key' | 'title' | 'body' | 'remove';

/** Field name and id of one part of the section in row `row`. */
export const sectionFieldId = (row: number, part: SectionPart): string => `sections-${row}-${part}`;

export const SECTION_KEY_PATTERN = /^[a-z0-9-]{1,40}$/;
/** A toolkit's web address (the API's rule). */
export const SLUG_PATTERN = TOOLKIT_SLUG_PATTERN;
/** The most section rows a form may post (existing sections plus one new one). */
export const MAX_SECTION_ROWS = TOOLKIT_SECTIONS_MAX + 1;

const text = (formData: FormData, name: string): string => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
};

/** A slug from a title: lower-case words joined by hyphens. */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');
}

export interface ReadSections {
  /** Sections to send, in order. */
  sections: SectionValue[];
  /** For each sent section, the form row it came from (to map API errors back). */
  rows: number[];
  /** Echo of every row's fields. */
  values: Record<string, string>;
  errors: ToolkitFormError[];
}

/**
 * Reads rows `sections-<n>-key|title|body|remove` for n < `sectionRows`. Rows
 * marked removed, and blank rows (the empty "add a section" row), are left out.
 */
export function readSections(formData: FormData): ReadSections {
  const count = Math.min(Math.max(Number(text(formData, 'sectionRows')) || 0, 0), MAX_SECTION_ROWS);
  const sections: SectionValue[] = [];
  const rows: number[] = [];
  const values: Record<string, string> = { sectionRows: String(count) };
  const errors: ToolkitFormError[] = [];
  const seen = new Set<string>();
  for (let row = 0; row < count; row += 1) {
    const key = text(formData, sectionFieldId(row, 'key')).trim();
    const title = text(formData, sectionFieldId(row, 'title')).trim();
    const body = text(formData, sectionFieldId(row, 'body'));
    const removed = text(formData, sectionFieldId(row, 'remove')) === 'yes';
    values[sectionFieldId(row, 'key')] = key;
    values[sectionFieldId(row, 'title')] = title;
    values[sectionFieldId(row, 'body')] = body;
    if (removed) values[sectionFieldId(row, 'remove')] = 'yes';
    if (removed || (!key && !title && !body.trim())) continue;
    if (!SECTION_KEY_PATTERN.test(key)) {
      errors.push({
        field: sectionFieldId(row, 'key'),
        message: `Enter a key for section ${row + 1} using lower-case letters, digits and hyphens`,
      });
    } else if (seen.has(key)) {
      errors.push({
        field: sectionFieldId(row, 'key'),
        message: `Section ${row + 1} needs a key no other section uses`,
      });
    }
    seen.add(key);
    if (!title) {
      errors.push({
        field: sectionFieldId(row, 'title'),
        message: `Enter a title for section ${row + 1}`,
      });
    }
    sections.push({ key, title, body });
    rows.push(row);
  }
  return { sections, rows, values, errors };
}

/**
 * The form field id for an API error field: `sections.2.body` (index into the
 * sent sections) becomes that row's id; other fields map through `fields`.
 */
export function fieldIdForApiField(
  apiField: string | undefined,
  rows: number[],
  fields: Readonly<Record<string, string>>,
): string | undefined {
  if (!apiField) return undefined;
  const section = /^sections\.(\d+)\.(key|title|body)$/.exec(apiField);
  if (section) {
    const row = rows[Number(section[1])];
    return row === undefined ? undefined : sectionFieldId(row, section[2] as SectionPart);
  }
  return fields[apiField];
}

/** API errors (from `toApiErrors`) as form errors, one per field. */
export function formErrorsFromApiErrors(
  apiErrors: ReadonlyArray<{ field?: string; message: string }>,
  rows: number[],
  fields: Readonly<Record<string, string>>,
): ToolkitFormError[] {
  const seen = new Set<string>();
  const out: ToolkitFormError[] = [];
  for (const e of apiErrors) {
    const field = fieldIdForApiField(e.field, rows, fields);
    const dedupe = `${field ?? ''}:${e.message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    out.push(field ? { field, message: e.message } : { message: e.message });
  }
  return out.length ? out : [{ message: 'Something went wrong. Try again.' }];
}

/** An uploaded file waiting to be attached: `<uuid>|<name>` in the page's query string. */
export interface PendingFile {
  id: string;
  name: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Parses `file` query values (`<uuid>|<name>`), dropping anything malformed; at most 20. */
export function parsePendingFiles(raw: string | string[] | undefined): PendingFile[] {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const out: PendingFile[] = [];
  for (const item of list.slice(0, 20)) {
    const bar = item.indexOf('|');
    const id = bar > 0 ? item.slice(0, bar) : '';
    const name = item.slice(bar + 1).slice(0, 200);
    if (UUID.test(id) && name && !out.some((f) => f.id === id)) out.push({ id, name });
  }
  return out;
}

export const pendingFileParam = (file: PendingFile): string => `${file.id}|${file.name}`;
