import type { ReactElement } from 'react';

import { MentionTextarea } from './MentionTextarea';

export interface StartThreadFormProps {
  action: (formData: FormData) => Promise<void>;
  subjectType: string;
  subjectId: string;
  /** Where to come back to if there is an error. */
  returnTo: string;
  /** Unique per page when several forms are shown. */
  idPrefix: string;
  /** Visible heading text, e.g. "Start a discussion about Standards". */
  legend: string;
}

/** Start a thread about a subject (plain POST form). */
export function StartThreadForm({
  action,
  subjectType,
  subjectId,
  returnTo,
  idPrefix,
  legend,
}: StartThreadFormProps): ReactElement {
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{legend}</span>
      </summary>
      <div className="nhsuk-details__text">
        <form action={action} noValidate>
          <input type="hidden" name="subjectType" value={subjectType} />
          <input type="hidden" name="subjectId" value={subjectId} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor={`${idPrefix}-title`}>
              Title
            </label>
            <input className="nhsuk-input" id={`${idPrefix}-title`} name="title" type="text" />
          </div>
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor={`${idPrefix}-body`}>
              Your question or comment
            </label>
            <MentionTextarea className="nhsuk-textarea" id={`${idPrefix}-body`} name="body" rows={4} />
          </div>
          <button type="submit" className="nhsuk-button nhsuk-button--secondary">
            Start discussion
          </button>
        </form>
      </div>
    </details>
  );
}
