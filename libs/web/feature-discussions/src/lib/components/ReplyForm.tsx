'use client';

import { ErrorSummary } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { DiscussionFormAction } from '../utils/form-state';
import { discussionFormState } from '../utils/form-state';
import { CommentBodyInput } from './CommentBodyInput';

export interface ReplyFormProps {
  /** Server action: posts the comment and redirects to it; returns the error (and the text) otherwise. */
  action: DiscussionFormAction;
  threadId: string;
  /** Replying to this comment (one level deep); null for a new top-level comment. */
  parentId?: string | null;
  replyingToName?: string | null;
  locked?: boolean;
  /** Initial text, e.g. a mention of the person replied to. */
  defaultBody?: string;
  /** Quote this comment above the new one (the API inserts the quote). */
  quote?: { id: string; authorName: string } | null;
}

function ReplyBox({
  action,
  threadId,
  parentId,
  replyingToName,
  defaultBody,
  quote,
}: Omit<ReplyFormProps, 'locked'>): ReactElement {
  // The permalink brings a no-JavaScript browser back to the same reply box after a refused post.
  const query = parentId ? `?replyTo=${parentId}` : quote ? `?quote=${quote.id}` : '';
  const [state, formAction, pending] = useActionState(
    action,
    discussionFormState({ body: defaultBody ?? '' }),
    `/discussions/${threadId}${query}#reply`,
  );
  // The reply box has one field: every refusal (blank, too long, posting limit) is about it.
  const error = state.errors[0]?.message ?? null;
  const label = replyingToName ? `Reply to ${replyingToName}` : 'Add a comment';
  return (
    <div id="reply">
      <ErrorSummary
        key={state.submittedAt ?? 0}
        errors={error ? [{ fieldId: 'body', message: error }] : []}
      />
      <form action={formAction} className="mic-reply-form" noValidate>
        <input type="hidden" name="threadId" value={threadId} />
        {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
        {quote ? <input type="hidden" name="quoteCommentId" value={quote.id} /> : null}
        <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
          <h2 className="nhsuk-label-wrapper">
            <label className="nhsuk-label nhsuk-label--m" htmlFor="body">
              {label}
            </label>
          </h2>
          {quote ? (
            <p className="nhsuk-body-s">
              Your comment will start with a quote from {quote.authorName}.
            </p>
          ) : null}
          <div className="nhsuk-hint" id="body-hint">
            You can use Markdown. Mention someone by typing @ and 2 or more letters of their name
            (or write @[Their name](mention:their-id)).
          </div>
          <CommentBodyInput error={error} rows={5} defaultValue={state.values['body'] ?? ''} />
        </div>
        <button type="submit" className="nhsuk-button" aria-disabled={pending || undefined}>
          Post comment
        </button>
      </form>
    </div>
  );
}

/** The reply box: works without JavaScript; a refused post keeps its text and says why. */
export function ReplyForm({ locked, ...props }: ReplyFormProps): ReactElement {
  if (locked) {
    return <p className="nhsuk-body">This thread is locked. No new replies can be posted.</p>;
  }
  return <ReplyBox {...props} />;
}
