import type { ReactElement } from 'react';

import { ChoiceGroup } from './ChoiceGroup';
import type { ChoiceGroupProps, ChoiceOption } from './ChoiceGroup';

export type RadioOption = ChoiceOption;

export interface RadiosProps<O extends RadioOption = RadioOption> extends ChoiceGroupProps<O> {
  /** The value checked on first render (e.g. the saved answer, or the one kept from the last submission). */
  checked?: string;
}

/** NHS radios in a fieldset with legend, hint and inline error (no JavaScript needed). */
export function Radios<O extends RadioOption>({ checked, ...props }: RadiosProps<O>): ReactElement {
  return <ChoiceGroup {...props} kind="radios" isChecked={(option) => option.value === checked} />;
}
