'use client';

import { useActionState } from 'react';
import type { ReactElement, ReactNode } from 'react';

import { ErrorSummary } from './ErrorSummary';

/** What a form's server action returns when it refuses (it redirects on success). */
export interface ActionFormState {
  errors: ReadonlyArray<{ message: string }>;
  submittedAt?: number;
}

export interface ActionFormProps {
  /** Server action: redirects when it works; returns the errors otherwise. */
  action: (state: ActionFormState, formData: FormData) => Promise<ActionFormState>;
  initialState: ActionFormState;
  className?: string;
  /** Where a browser without JavaScript lands after a refused submission (e.g. `/page#section`). */
  permalink?: string;
  /**
   * `summary`: an NHS error summary above the fields (forms with fields);
   * `inline`: a short error message after the button (one-button forms such as Follow or Report).
   */
  errorDisplay?: 'summary' | 'inline';
  children: ReactNode;
}

/**
 * A form posting to a server action that shows the action's errors on the
 * page (never in the URL). Works without JavaScript: the page is rendered
 * again with the returned errors.
 */
export function ActionForm({
  action,
  initialState,
  className,
  permalink,
  errorDisplay = 'inline',
  children,
}: ActionFormProps): ReactElement {
  const [state, formAction] = useActionState(action, initialState, permalink);
  const errors = state.errors.map((e) => ({ message: e.message }));
  return (
    <form action={formAction} className={className}>
      {errorDisplay === 'summary' ? (
        <ErrorSummary key={state.submittedAt ?? 0} errors={errors} />
      ) : null}
      {children}
      {errorDisplay === 'inline' && errors.length ? (
        <span className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {errors[0].message}
        </span>
      ) : null}
    </form>
  );
}
