import type { ApiError } from '@mic/web-data-access';

const NOT_SAVED = 'Your answers could not be saved. Try again later.';
const NOT_STARTED = 'The assessment could not be started. Try again later.';
const TECHNICAL = /Variable "\$|got invalid value|Expected type/;

function readable(e: ApiError): string {
  return ['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND'].includes(e.code) &&
    !TECHNICAL.test(e.message)
    ? e.message
    : NOT_SAVED;
}

/**
 * A refused save or submit: the errors naming a question (its key, as the API
 * gives it in `extensions.field`) go to that question; when none does, the
 * first error alone goes to the summary. Technical messages are replaced.
 */
export function assessmentErrorsFromApi(
  apiErrors: readonly ApiError[],
): Array<{ field?: string; message: string }> {
  const fields = apiErrors
    .filter((e) => e.field)
    .map((e) => ({ field: e.field as string, message: readable(e) }));
  if (fields.length) return fields;
  return [{ message: apiErrors[0] ? readable(apiErrors[0]) : NOT_SAVED }];
}

/** Why an assessment could not be started: the API's reason when it is one a person can act on. */
export function startAssessmentError(apiErrors: readonly ApiError[]): string {
  return (
    apiErrors.find((e) => ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'].includes(e.code))?.message ??
    NOT_STARTED
  );
}
