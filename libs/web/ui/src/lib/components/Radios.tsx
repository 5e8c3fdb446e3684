import type { ReactElement } from 'react';

import { FormGroup, HintAndError, fieldIds } from './FormGroup';

export interface RadioOption {
  value: string;
  text: string;
  /** A hint under this option's label. */
  hint?: string;
}

export interface RadiosProps {
  name: string;
  legend: string;
  /** Legend size: 's' (default, within a form) or 'm' (the question of the page section). */
  legendSize?: 's' | 'm';
  hint?: string;
  options: ReadonlyArray<RadioOption>;
  /** The value checked on first render. */
  checked?: string;
  error?: string;
  /** Id of each radio; by default the first radio is `name` (the error summary's target) and the others `name-value`. */
  idFor?: (option: RadioOption, index: number) => string;
}

/** NHS radios in a fieldset with legend, hint and inline error (no JavaScript needed). */
export function Radios({ name, legend, legendSize = 's', hint, options, checked, error, idFor }: RadiosProps): ReactElement {
  const ids = fieldIds(name, hint, error);
  const id = idFor ?? ((option: RadioOption, index: number) => (index === 0 ? name : `${name}-${option.value}`));
  return (
    <FormGroup error={error}>
      <fieldset className="nhsuk-fieldset" aria-describedby={ids.describedBy}>
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <HintAndError id={name} hint={hint} error={error} />
        <div className="nhsuk-radios">
          {options.map((option, index) => {
            const optionId = id(option, index);
            return (
              <div className="nhsuk-radios__item" key={option.value}>
                <input
                  className="nhsuk-radios__input"
                  id={optionId}
                  name={name}
                  type="radio"
                  value={option.value}
                  defaultChecked={checked === option.value}
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={optionId}>
                  {option.text}
                </label>
                {option.hint ? (
                  <div className="nhsuk-hint nhsuk-radios__hint" id={`${optionId}-item-hint`}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
