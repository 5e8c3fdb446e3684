import type { ReactElement } from 'react';

import { FormGroup, HintAndError, fieldIds } from './FormGroup';

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
  const ids = fieldIds(name, hint, error);
  return (
    <FormGroup error={error}>
      <fieldset
        className="nhsuk-fieldset"
        aria-describedby={ids.describedBy}
      >
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <HintAndError id={name} hint={hint} error={error} />
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
    </FormGroup>
  );
}
