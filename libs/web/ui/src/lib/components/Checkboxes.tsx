import type { ReactElement } from 'react';

import { ErrorMessage } from './ErrorMessage';
import { describedBy } from '../utils/described-by';

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
        aria-describedby={describedBy(hintId, errorId)}
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
