import type { ReactElement } from 'react';

import { ErrorMessage } from './ErrorMessage';
import { describedBy } from '../utils/described-by';

export interface TextareaProps {
  id: string;
  label: string;
  hint?: string;
  rows?: number;
  required?: boolean;
  defaultValue?: string;
  error?: string;
}

/** NHS textarea with label, optional hint and inline error. */
export function Textarea({
  id,
  label,
  hint,
  rows = 5,
  required,
  defaultValue,
  error,
}: TextareaProps): ReactElement {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
      <textarea
        className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={rows}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error ? true : undefined}
        required={required}
        defaultValue={defaultValue}
      />
    </div>
  );
}
