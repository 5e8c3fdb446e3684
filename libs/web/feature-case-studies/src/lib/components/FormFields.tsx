import type { ReactElement } from 'react';

export interface TextareaProps {
  id: string;
  label: string;
  hint?: string;
  rows?: number;
  required?: boolean;
}

/** NHS textarea with label and optional hint. */
export function Textarea({ id, label, hint, rows = 5, required }: TextareaProps): ReactElement {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <textarea
        className="nhsuk-textarea"
        id={id}
        name={id}
        rows={rows}
        aria-describedby={hintId}
        required={required}
      />
    </div>
  );
}

export interface SubmitButtonProps {
  children: string;
  name?: string;
  value?: string;
  secondary?: boolean;
}

/** A submit button that can carry a name/value (e.g. the intent of a form). */
export function SubmitButton({
  children,
  name,
  value,
  secondary,
}: SubmitButtonProps): ReactElement {
  return (
    <button
      type="submit"
      className={`nhsuk-button${secondary ? ' nhsuk-button--secondary' : ''}`}
      data-module="nhsuk-button"
      name={name}
      value={value}
    >
      {children}
    </button>
  );
}
