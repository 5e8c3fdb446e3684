import type { HTMLInputAutoCompleteAttribute, ReactElement } from 'react';

import { FormGroup, HintAndError, fieldIds } from './FormGroup';

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
  const ids = fieldIds(id, hint, error);
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
    <FormGroup error={error}>
      {labelIsPageHeading ? <h1 className="nhsuk-label-wrapper">{labelElement}</h1> : labelElement}
      <HintAndError id={id} hint={hint} error={error} />
      <input
        className={classes}
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        spellCheck={spellCheck}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        required={required}
      />
    </FormGroup>
  );
}
