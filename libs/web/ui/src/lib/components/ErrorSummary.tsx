import type { ReactElement } from 'react';

import { FocusOnMount } from './FocusOnMount';

export interface ErrorSummaryItem {
  /** The id of the field in error, linked as `#id`. */
  fieldId?: string;
  /** A page to go to instead of a field (e.g. reloading after a conflicting change). */
  href?: string;
  message: string;
}

/**
 * Error summary items for a form's errors: an error naming a field links to it
 * (to `targetFor(field)` when given, e.g. a group's first option, else `#field`);
 * one without a field is listed unlinked.
 */
export function errorSummaryItems(
  errors: ReadonlyArray<{ field?: string; message: string }>,
  targetFor: (field: string) => string | undefined = (field) => field,
): ErrorSummaryItem[] {
  return errors.map((error) => {
    const fieldId = error.field ? targetFor(error.field) : undefined;
    return fieldId ? { fieldId, message: error.message } : { message: error.message };
  });
}

export interface ErrorSummaryProps {
  errors: ErrorSummaryItem[];
  heading?: string;
  /** A sentence shown above the list. */
  description?: string;
}

/** NHS error summary: shown at the top of the main content when a form has errors. */
export function ErrorSummary({
  errors,
  heading = 'There is a problem',
  description,
}: ErrorSummaryProps): ReactElement | null {
  if (errors.length === 0) return null;
  return (
    <FocusOnMount className="nhsuk-error-summary">
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading">{heading}</h2>
        <div className="nhsuk-error-summary__body">
          {description ? <p>{description}</p> : null}
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.fieldId ?? ''}:${error.message}`}>
                {(error.href ?? error.fieldId) ? (
                  <a href={error.href ?? `#${error.fieldId}`}>{error.message}</a>
                ) : (
                  error.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </FocusOnMount>
  );
}
