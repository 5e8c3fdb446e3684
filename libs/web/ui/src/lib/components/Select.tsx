import type { ReactElement } from 'react';

import { ErrorMessage } from './ErrorMessage';
import { describedBy } from '../utils/described-by';

export interface SelectOption {
  value: string;
  text: string;
}

export interface SelectOptionGroup {
  label: string;
  options: SelectOption[];
}

export interface SelectProps {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  /** Options shown before any groups, e.g. an empty "Choose…" option. */
  options?: SelectOption[];
  /** Options grouped with `<optgroup>`. */
  groups?: SelectOptionGroup[];
  defaultValue?: string;
  required?: boolean;
}

/** NHS select, with optional option groups. */
export function Select({
  id,
  name = id,
  label,
  hint,
  error,
  options = [],
  groups = [],
  defaultValue,
  required,
}: SelectProps): ReactElement {
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
      <select
        className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`}
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error ? true : undefined}
        required={required}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.text}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
