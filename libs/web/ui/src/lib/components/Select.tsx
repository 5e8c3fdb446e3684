import type { ReactElement } from 'react';

import { LabelledField, fieldIds } from './FormGroup';

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

/**
 * NHS select, with optional option groups.
 *
 * React 19 resets a form's uncontrolled fields after a form action, and a
 * `<select>` resets to the option that was selected when it mounted: React
 * never updates that default when `defaultValue` changes. The key remounts the
 * select whenever the default changes (e.g. the value echoed back by a server
 * action after a validation error), so the choice survives the reset.
 */
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
  const ids = fieldIds(id, hint, error);
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <select
        key={defaultValue ?? ''}
        className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`}
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={ids.describedBy}
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
    </LabelledField>
  );
}
