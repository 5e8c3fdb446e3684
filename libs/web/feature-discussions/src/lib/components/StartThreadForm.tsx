'use client';

import { ErrorSummary } from '@mic/web-ui';
import { useActionState, useEffect, useRef } from 'react';
import type { ReactElement } from 'react';

import type { DiscussionFormAction } from '../utils/form-state';
import { discussionError, discussionFormState } from '../utils/form-state';
import { MentionTextarea } from './MentionTextarea';

export interface StartThreadFormProps {
  /** Server action: starts the thread and opens it; returns the errors (and what was typed) otherwise. */
  action: DiscussionFormAction;
  subjectType: string;
  subjectId: string;
  /** The page the form is on (a no-JavaScript browser comes back to it after an error). */
  returnTo: string;
  /** Unique per page when several forms are shown. */
  idPrefix: string;
  /** Visible heading text, e.g. "Start a discussion about Standards". */
  legend: string;
  /**
   * A fresh token rendered with the page (idempotency key): sending the form
   * twice (a slow page, a double click, a resubmission) opens the one thread.
   */
  clientKey?: string;
}

/**
 * Start a thread about a subject. Works without JavaScript; after an error
 * the details stay open, the error summary says what to fix and what was
 * typed is kept.
 */
export function StartThreadForm({
  action,
  subjectType,
  subjectId,
  returnTo,
  idPrefix,
  legend,
  clientKey,
}: StartThreadFormProps): ReactElement {
  const sent = useRef(false);
  const [state, formAction, pending] = useActionState(
    action,
    discussionFormState(),
    `${returnTo.split('#')[0]}#${idPrefix}-start`,
  );
  // A refused submission comes back with its state: the form may be sent again.
  useEffect(() => {
    sent.current = false;
  }, [state]);
  const titleId = `${idPrefix}-title`;
  const bodyId = `${idPrefix}-body`;
  const titleError = discussionError(state, 'title');
  const bodyError = discussionError(state, 'body');
  const errors = state.errors.map((e) => ({
    fieldId: e.field === 'title' ? titleId : e.field === 'body' ? bodyId : undefined,
    message: e.message,
  }));
  return (
    <details
      className="nhsuk-details"
      id={`${idPrefix}-start`}
      open={state.errors.length ? true : undefined}
    >
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{legend}</span>
      </summary>
      <div className="nhsuk-details__text">
        <ErrorSummary key={state.submittedAt ?? 0} errors={errors} />
        <form
          action={formAction}
          noValidate
          onSubmit={(event) => {
            // With JavaScript, a second click while the first is on its way sends nothing.
            if (sent.current || pending) event.preventDefault();
            else sent.current = true;
          }}
        >
          {(state.values['clientKey'] ?? clientKey) ? (
            <input type="hidden" name="clientKey" value={state.values['clientKey'] ?? clientKey} />
          ) : null}
          <input type="hidden" name="subjectType" value={subjectType} />
          <input type="hidden" name="subjectId" value={subjectId} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <div className={`nhsuk-form-group${titleError ? ' nhsuk-form-group--error' : ''}`}>
            <label className="nhsuk-label" htmlFor={titleId}>
              Title
            </label>
            {titleError ? (
              <span className="nhsuk-error-message" id={`${titleId}-error`}>
                <span className="nhsuk-u-visually-hidden">Error:</span> {titleError}
              </span>
            ) : null}
            <input
              className={`nhsuk-input${titleError ? ' nhsuk-input--error' : ''}`}
              id={titleId}
              name="title"
              type="text"
              defaultValue={state.values['title'] ?? ''}
              aria-describedby={titleError ? `${titleId}-error` : undefined}
            />
          </div>
          <div className={`nhsuk-form-group${bodyError ? ' nhsuk-form-group--error' : ''}`}>
            <label className="nhsuk-label" htmlFor={bodyId}>
              Your question or comment
            </label>
            {bodyError ? (
              <span className="nhsuk-error-message" id={`${bodyId}-error`}>
                <span className="nhsuk-u-visually-hidden">Error:</span> {bodyError}
              </span>
            ) : null}
            <MentionTextarea
              className={`nhsuk-textarea${bodyError ? ' nhsuk-textarea--error' : ''}`}
              id={bodyId}
              name="body"
              rows={4}
              defaultValue={state.values['body'] ?? ''}
              aria-describedby={bodyError ? `${bodyId}-error` : undefined}
            />
          </div>
          <button
            type="submit"
            className="nhsuk-button nhsuk-button--secondary"
            aria-disabled={pending || undefined}
            disabled={pending || undefined}
          >
            Start discussion
          </button>
        </form>
      </div>
    </details>
  );
}
