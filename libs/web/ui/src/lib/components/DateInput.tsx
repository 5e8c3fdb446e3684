import type { ReactElement } from 'react';

import { FormGroup, HintAndError, fieldIds } from './FormGroup';

/** The parts of a date (and optionally a time) as typed, so they can be shown back after an error. */
export interface DateInputValue {
  day?: string;
  month?: string;
  year?: string;
  time?: string;
}

export interface DateInputProps {
  /** Base id and name: the parts are `<id>-day`, `<id>-month`, `<id>-year` (and `<id>-time`). */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  /** Which parts the error is about (all of them when not given). */
  errorParts?: ReadonlyArray<'day' | 'month' | 'year' | 'time'>;
  defaultValue?: DateInputValue;
  /** Adds a 24-hour time box ("14:30") after the year. */
  withTime?: boolean;
}

/**
 * The NHS date input pattern: day, month and year boxes in one fieldset (never
 * a date picker or free text), with an optional time box. Works without
 * JavaScript; the server joins the parts and validates them.
 */
export function DateInput({ id, legend, hint, error, errorParts, defaultValue = {}, withTime }: DateInputProps): ReactElement {
  const ids = fieldIds(id, hint, error);
  const inError = (part: 'day' | 'month' | 'year' | 'time'): boolean => Boolean(error) && (!errorParts || errorParts.includes(part));
  const box = (part: 'day' | 'month' | 'year', label: string, width: 2 | 4) => (
    <div className="nhsuk-date-input__item">
      <div className="nhsuk-form-group">
        <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part}`}>
          {label}
        </label>
        <input
          className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}${inError(part) ? ' nhsuk-input--error' : ''}`}
          id={`${id}-${part}`}
          name={`${id}-${part}`}
          type="text"
          inputMode="numeric"
          defaultValue={defaultValue[part] ?? ''}
        />
      </div>
    </div>
  );
  return (
    <FormGroup error={error}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={ids.describedBy}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className="nhsuk-date-input" id={id}>
          {box('day', 'Day', 2)}
          {box('month', 'Month', 2)}
          {box('year', 'Year', 4)}
          {withTime ? (
            <div className="nhsuk-date-input__item">
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-time`}>
                  Time (24-hour)
                </label>
                <input
                  className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-5${inError('time') ? ' nhsuk-input--error' : ''}`}
                  id={`${id}-time`}
                  name={`${id}-time`}
                  type="text"
                  inputMode="numeric"
                  placeholder=""
                  defaultValue={defaultValue.time ?? ''}
                />
              </div>
            </div>
          ) : null}
        </div>
      </fieldset>
    </FormGroup>
  );
}
