/**
 * How the events server actions turn API errors (`toApiErrors`: the GraphQL
 * `extensions.code`, `extensions.field` and `extensions.fieldErrors`) into
 * their forms' errors: a field the form shows gets the error inline and a
 * linked summary entry; anything else is listed in the summary unlinked.
 * Plain code (not a 'use client' module), so the actions can call it.
 */
import type { ApiError } from '@mic/web-data-access';

import type { EditorErrors } from './event-editor';
import { questionFieldId } from './question-field-id';

const FALLBACK = 'Something went wrong. Try again.';

/** The first error's message, for one-line refusals. */
export function firstApiMessage(apiErrors: readonly ApiError[]): string {
  return apiErrors[0]?.message ?? FALLBACK;
}

/** Every error's message, unlinked (forms without fields the API can name). */
export function messagesOnly(apiErrors: readonly ApiError[]): Array<{ message: string }> {
  return apiErrors.map((e) => ({ message: e.message }));
}

/**
 * Registration: `consent` stays `consent`; a question's id (the API names the
 * question) becomes its input's id (`q-<id>` or the first option `q-<id>-0`).
 */
export function registrationErrorsFromApi(
  apiErrors: readonly ApiError[],
  questionTypes: Readonly<Record<string, string>>,
): Array<{ field?: string; message: string }> {
  return apiErrors.map((e) => {
    if (e.field === 'consent') return { field: 'consent', message: e.message };
    const type = e.field ? questionTypes[e.field] : undefined;
    return type && e.field
      ? { field: questionFieldId({ id: e.field, type }), message: e.message }
      : { message: e.message };
  });
}

/** The editor's fields the API may name in BAD_USER_INPUT (others go to the summary without a link). */
const EDITOR_API_FIELDS = new Set([
  'title',
  'endsAt',
  'startsAt',
  'registrationClosesAt',
  'capacity',
  'onlineUrl',
  'offerHours',
  'quotas',
]);

/** Event editor: the editor's own fields; a date field marks all its parts. */
export function editorErrorsFromApi(apiErrors: readonly ApiError[]): EditorErrors {
  return apiErrors.map((e) =>
    e.field && EDITOR_API_FIELDS.has(e.field)
      ? {
          field: e.field,
          message: e.message,
          ...(e.field.endsWith('At')
            ? { parts: ['day' as const, 'month' as const, 'year' as const, 'time' as const] }
            : {}),
        }
      : { message: e.message },
  );
}

/** Feedback: the API's `interestedCaseStudyIds` is the form's `interested` boxes. */
export function feedbackErrorsFromApi(
  apiErrors: readonly ApiError[],
): Array<{ field?: 'interested'; message: string }> {
  return apiErrors.map((e) =>
    e.field === 'interestedCaseStudyIds'
      ? { field: 'interested' as const, message: e.message }
      : { message: e.message },
  );
}
