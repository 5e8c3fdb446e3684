import type { HTMLInputAutoCompleteAttribute, ReactElement } from 'react';

import { LabelledField, fieldIds } from './FormGroup';

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
  width?: 4 | 10 | 20 | 30;
  /** `numeric` for whole numbers (the NHS way: a text input, not type=number). */
  inputMode?: 'numeric';
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
  inputMode,
  required,
}: TextInputProps): ReactElement {
  const ids = fieldIds(id, hint, error);
  const classes = [
    'nhsuk-input',
    width ? `nhsuk-input--width-${width}` : '',
    error ? 'nhsuk-input--error' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <LabelledField id={id} label={label} labelIsPageHeading={labelIsPageHeading} hint={hint} error={error}>
      <input
        className={classes}
        id={id}
        name={name}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        spellCheck={spellCheck}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        required={required}
      />
    </LabelledField>
  );
}
