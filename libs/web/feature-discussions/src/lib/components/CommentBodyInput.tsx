import type { ReactElement } from 'react';

import { MentionTextarea } from './MentionTextarea';

export interface CommentBodyInputProps {
  /** Why the comment was refused, if it was. */
  error: string | null;
  rows: number;
  defaultValue: string;
}

/** A comment box's inline error and text area (id and name `body`, described by its `body-hint`). */
export function CommentBodyInput({
  error,
  rows,
  defaultValue,
}: CommentBodyInputProps): ReactElement {
  return (
    <>
      {error ? (
        <span className="nhsuk-error-message" id="body-error">
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      ) : null}
      <MentionTextarea
        className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
        id="body"
        name="body"
        rows={rows}
        defaultValue={defaultValue}
        aria-describedby={error ? 'body-hint body-error' : 'body-hint'}
      />
    </>
  );
}
