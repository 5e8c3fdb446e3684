import type { ReactElement } from 'react';

import { MentionTextarea } from './MentionTextarea';

export interface ReplyFormProps {
  /** Server action: posts the comment and redirects back to the thread. */
  action: (formData: FormData) => Promise<void>;
  threadId: string;
  /** Replying to this comment (one level deep); null for a new top-level comment. */
  parentId?: string | null;
  replyingToName?: string | null;
  error?: string | null;
  locked?: boolean;
  /** Initial text, e.g. a mention of the person replied to. */
  defaultBody?: string;
  /** Quote this comment above the new one (the API inserts the quote). */
  quote?: { id: string; authorName: string } | null;
}

/** The reply box: a plain POST form, so it works without JavaScript. */
export function ReplyForm({
  action,
  threadId,
  parentId,
  replyingToName,
  error,
  locked,
  defaultBody,
  quote,
}: ReplyFormProps): ReactElement {
  if (locked) {
    return <p className="nhsuk-body">This thread is locked. No new replies can be posted.</p>;
  }
  const label = replyingToName ? `Reply to ${replyingToName}` : 'Add a comment';
  return (
    <form action={action} id="reply" className="mic-reply-form" noValidate>
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
          You can use Markdown. Mention someone by typing @ and 2 or more letters of their name (or write @[Their name](mention:their-id)).
        </div>
        {error ? (
          <span className="nhsuk-error-message" id="body-error">
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        ) : null}
        <MentionTextarea
          className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
          id="body"
          name="body"
          rows={5}
          defaultValue={defaultBody}
          aria-describedby={error ? 'body-hint body-error' : 'body-hint'}
        />
      </div>
      <button type="submit" className="nhsuk-button">
        Post comment
      </button>
    </form>
  );
}
