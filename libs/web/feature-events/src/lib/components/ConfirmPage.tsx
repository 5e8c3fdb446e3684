'use client';

import { Button, ErrorSummary } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement, ReactNode } from 'react';

/** What went wrong when the action was confirmed (form state, never in the URL); success redirects. */
export interface ConfirmState {
  errors: Array<{ message: string }>;
  submittedAt?: number;
}

export interface ConfirmPageProps {
  /** Above the question: what it is about (e.g. the event title). */
  caption?: string;
  /** The question: "Are you sure you want to cancel your registration?" */
  heading: string;
  /** What will happen, and what it is about (a summary list). */
  children?: ReactNode;
  /** The warning button: "Yes, cancel my registration". */
  confirmLabel: string;
  /** Where "No" goes, and what it says: "No, keep my place". */
  backHref: string;
  backLabel: string;
  /** Server action: does it and redirects, or returns what went wrong. */
  action: (state: ConfirmState, formData: FormData) => Promise<ConfirmState>;
}

/**
 * An NHS "Are you sure…?" page before a destructive action: the question,
 * what it means, a warning button and a way back. A plain form post, so it
 * works without JavaScript; doing it twice is harmless (the action is
 * idempotent, and says so).
 */
export function ConfirmPage({ caption, heading, children, confirmLabel, backHref, backLabel, action }: ConfirmPageProps): ReactElement {
  const [state, formAction] = useActionState(action, { errors: [] } as ConfirmState);
  return (
    <>
      <ErrorSummary key={`summary-${state.submittedAt ?? 0}`} errors={state.errors} />
      {caption ? <span className="nhsuk-caption-l">{caption}</span> : null}
      <h1 className="nhsuk-heading-l">{heading}</h1>
      {children}
      <form action={formAction}>
        <div className="nhsuk-button-group">
          <Button variant="warning">{confirmLabel}</Button>
          <a href={backHref} className="nhsuk-link">
            {backLabel}
          </a>
        </div>
      </form>
    </>
  );
}
