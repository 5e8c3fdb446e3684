import type { ReactElement } from 'react';

import { ChoiceGroup } from './ChoiceGroup';
import type { ChoiceGroupProps, ChoiceOption } from './ChoiceGroup';

export type CheckboxOption = ChoiceOption;

export interface CheckboxesProps<
  O extends CheckboxOption = CheckboxOption,
> extends ChoiceGroupProps<O> {
  /** The values checked on first render (e.g. saved choices, or those kept from the last submission). */
  checked?: Iterable<string>;
}

/** NHS checkboxes in a fieldset with legend, hint and inline error; without a legend, only the boxes. */
export function Checkboxes<O extends CheckboxOption>({
  checked = [],
  ...props
}: CheckboxesProps<O>): ReactElement {
  const values = new Set(checked);
  return (
    <ChoiceGroup {...props} kind="checkboxes" isChecked={(option) => values.has(option.value)} />
  );
}
