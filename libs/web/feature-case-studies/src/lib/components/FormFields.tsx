import { ErrorMessage } from '@mic/web-ui';
import type { ReactElement } from 'react';

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
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? true : undefined}
        required={required}
        defaultValue={defaultValue}
      />
    </div>
  );
}

export interface CheckboxesProps {
  /** Field name; the first box gets this id so the error summary can link to it. */
  name: string;
  legend: string;
  hint?: string;
  options: Array<{ value: string; text: string }>;
  checked?: readonly string[];
  error?: string;
}

/** NHS checkboxes in a fieldset with legend, hint and inline error. */
export function Checkboxes({
  name,
  legend,
  hint,
  options,
  checked = [],
  error,
}: CheckboxesProps): ReactElement {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset
        className="nhsuk-fieldset"
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      >
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div className="nhsuk-hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
        <div className="nhsuk-checkboxes">
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${option.value}`;
            return (
              <div className="nhsuk-checkboxes__item" key={option.value}>
                <input
                  className="nhsuk-checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  defaultChecked={checked.includes(option.value)}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
                  {option.text}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
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
