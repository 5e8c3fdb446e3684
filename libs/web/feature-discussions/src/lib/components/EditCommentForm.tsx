'use client';

import { ErrorSummary } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { DiscussionFormAction } from '../utils/form-state';
import { discussionFormState } from '../utils/form-state';
import { CommentBodyInput } from './CommentBodyInput';

export interface EditCommentFormProps {
  /** Server action: saves the edit and returns to the comment; returns the error (and the text) otherwise. */
  action: DiscussionFormAction;
  threadId: string;
  commentId: string;
  /** The comment's current Markdown source. */
  body: string;
}

/** Edit your comment: works without JavaScript; a refused edit keeps the new text and says why. */
export function EditCommentForm({
  action,
  threadId,
  commentId,
  body,
}: EditCommentFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(
    action,
    discussionFormState({ body }),
    `/discussions/${threadId}/comments/${commentId}/edit`,
  );
  const error = state.errors[0]?.message ?? null;
  return (
    <>
      <ErrorSummary
        key={state.submittedAt ?? 0}
        errors={error ? [{ fieldId: 'body', message: error }] : []}
      />
      <form action={formAction} noValidate>
        <input type="hidden" name="threadId" value={threadId} />
        <input type="hidden" name="commentId" value={commentId} />
        <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label nhsuk-label--m" htmlFor="body">
            Your comment
          </label>
          <div className="nhsuk-hint" id="body-hint">
            Everyone can see the earlier versions in the edit history.
          </div>
          <CommentBodyInput error={error} rows={8} defaultValue={state.values['body'] ?? ''} />
        </div>
        <button type="submit" className="nhsuk-button" aria-disabled={pending || undefined}>
          Save changes
        </button>{' '}
        <a className="nhsuk-link" href={`/discussions/${threadId}#comment-${commentId}`}>
          Cancel
        </a>
      </form>
    </>
  );
}
