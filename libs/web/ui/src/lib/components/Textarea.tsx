import type { ReactElement } from 'react';

import { LabelledField, fieldIds } from './FormGroup';

export interface TextareaProps {
  id: string;
  /** Form field name; defaults to `id`. */
  name?: string;
  label: string;
  /** Label size: none (default) or 's' (bold, the question of a short form). */
  labelSize?: 's';
  hint?: string;
  rows?: number;
  required?: boolean;
  defaultValue?: string;
  error?: string;
  disabled?: boolean;
}

/** NHS textarea with label, optional hint and inline error. */
export function Textarea({
  id,
  name = id,
  label,
  labelSize,
  hint,
  rows = 5,
  required,
  defaultValue,
  error,
  disabled,
}: TextareaProps): ReactElement {
  const ids = fieldIds(id, hint, error);
  return (
    <LabelledField id={id} label={label} labelSize={labelSize} hint={hint} error={error}>
      <textarea
        className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
        id={id}
        name={name}
        rows={rows}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        required={required}
        defaultValue={defaultValue}
        disabled={disabled}
      />
    </LabelledField>
  );
}
