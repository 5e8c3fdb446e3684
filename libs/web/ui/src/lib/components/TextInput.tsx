import type { HTMLInputAutoCompleteAttribute, ReactElement } from 'react';

import { ErrorMessage } from './ErrorMessage';
import { describedBy } from '../utils/described-by';

export interface TextInputProps {
  id: string;
  name?: string;
  label: string;
  /** Render the label as the page's h1 (single-question pages). */
  labelIsPageHeading?: boolean;
  hint?: string;
  error?: string;
  type?: 'text' | 'email' | 'password' | 'search';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  defaultValue?: string;
  spellCheck?: boolean;
  width?: 10 | 20 | 30;
  required?: boolean;
}

/** NHS text input with label, optional hint and inline error. */
export function TextInput({
  id,
  name = id,
  label,
  labelIsPageHeading,
  hint,
  error,
  type = 'text',
  autoComplete,
  defaultValue,
  spellCheck,
  width,
  required,
}: TextInputProps): ReactElement {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const labelElement = (
    <label className={`nhsuk-label${labelIsPageHeading ? ' nhsuk-label--l' : ''}`} htmlFor={id}>
      {label}
    </label>
  );
  const classes = [
    'nhsuk-input',
    width ? `nhsuk-input--width-${width}` : '',
    error ? 'nhsuk-input--error' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      {labelIsPageHeading ? <h1 className="nhsuk-label-wrapper">{labelElement}</h1> : labelElement}
      {hint ? (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
      <input
        className={classes}
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        spellCheck={spellCheck}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error ? true : undefined}
        required={required}
      />
    </div>
  );
}
