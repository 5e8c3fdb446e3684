'use client';

import { Button, ErrorSummary } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { DiscussionFormAction } from '../utils/form-state';
import { discussionError, discussionFormState } from '../utils/form-state';

export interface ModerationDecisionFormProps {
  /** Server action: records the decision (asking first before hiding); returns errors or the question. */
  action: DiscussionFormAction;
  commentId: string;
  authorName: string;
  /** The decision offered first. */
  defaultDecision: string;
}

export const MODERATION_DECISIONS = [
  { value: 'HIDE', label: 'Hide (remove from the thread)' },
  { value: 'RESTORE', label: 'Restore' },
  { value: 'DISMISS', label: 'Dismiss the flags' },
  { value: 'WARN', label: 'Warn the author' },
];

/**
 * One decision on a flagged comment. Hiding removes the comment for everyone,
 * so it is asked about first: "Are you sure?" with a warning button, which
 * works without JavaScript (the server sends the question back).
 */
export function ModerationDecisionForm({
  action,
  commentId,
  authorName,
  defaultDecision,
}: ModerationDecisionFormProps): ReactElement {
  const [state, formAction] = useActionState(
    action,
    discussionFormState(),
    `/moderation#item-${commentId}`,
  );
  const decisionId = `action-${commentId}`;
  const reasonId = `reason-${commentId}`;
  const reasonError = discussionError(state, 'reason');
  const decision = state.values['action'] ?? defaultDecision;
  if (state.values['confirm'] === 'ask') {
    return (
      <form action={formAction}>
        <input type="hidden" name="commentId" value={commentId} />
        <input type="hidden" name="action" value={decision} />
        <input type="hidden" name="reason" value={state.values['reason'] ?? ''} />
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Are you sure you want to hide this comment?
            </span>
          </h3>
          <p>
            The comment by {authorName} will show as removed by a moderator for everyone. You can
            restore it later from this queue.
          </p>
          <p>Reason: {state.values['reason']}</p>
        </div>
        <div className="nhsuk-button-group">
          <Button variant="warning" name="confirmed" value="yes">
            Yes, hide the comment
          </Button>
          <Button variant="secondary" name="confirmed" value="no">
            No, go back
          </Button>
        </div>
      </form>
    );
  }
  return (
    <form action={formAction} noValidate>
      <ErrorSummary
        key={state.submittedAt ?? 0}
        errors={state.errors.map((e) => ({
          fieldId: e.field === 'reason' ? reasonId : undefined,
          message: e.message,
        }))}
      />
      <input type="hidden" name="commentId" value={commentId} />
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={decisionId}>
          Decision
        </label>
        <select
          key={decision}
          className="nhsuk-select"
          id={decisionId}
          name="action"
          defaultValue={decision}
        >
          {MODERATION_DECISIONS.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </select>
      </div>
      <div className={`nhsuk-form-group${reasonError ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor={reasonId}>
          Reason (kept in the audit log)
        </label>
        {reasonError ? (
          <span className="nhsuk-error-message" id={`${reasonId}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {reasonError}
          </span>
        ) : null}
        <input
          className={`nhsuk-input${reasonError ? ' nhsuk-input--error' : ''}`}
          id={reasonId}
          name="reason"
          type="text"
          defaultValue={state.values['reason'] ?? ''}
          aria-describedby={reasonError ? `${reasonId}-error` : undefined}
        />
      </div>
      <button type="submit" className="nhsuk-button nhsuk-button--secondary">
        Record decision
      </button>
    </form>
  );
}
