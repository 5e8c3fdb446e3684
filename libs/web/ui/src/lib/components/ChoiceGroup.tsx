import type { ReactElement, ReactNode } from 'react';

import { FormGroup, HintAndError, fieldIds } from './FormGroup';

/** One radio or checkbox. */
export interface ChoiceOption {
  value: string;
  text: ReactNode;
  /** A hint under this option's label. */
  hint?: ReactNode;
  /** This option's id, instead of the one `idFor` gives. */
  id?: string;
  /** This option's own field name (a lone yes/no box), instead of the group's. */
  name?: string;
  /** Checked on first render, instead of what the group's `checked` says. */
  checked?: boolean;
  disabled?: boolean;
  /** Shown under the option while it is chosen (NHS conditional reveal; always shown without JavaScript). */
  conditional?: ReactNode;
}

/** What radios and checkboxes have in common. */
export interface ChoiceGroupProps<O extends ChoiceOption = ChoiceOption> {
  /** The field name of every option (unless an option names its own). */
  name: string;
  /** Base of the hint and error ids (`<id>-hint`, `<id>-error`) and the first option's default id; by default `name`. */
  id?: string;
  /** The fieldset's legend. Without one there is no fieldset: only the options (e.g. a lone box inside another fieldset). */
  legend?: ReactNode;
  /** Legend size: 's' (default, within a form), 'm' (the question of a page section), 'l', or 'body' (no size class). */
  legendSize?: 's' | 'm' | 'l' | 'body';
  /** Wrap the legend in `<h2 class="nhsuk-fieldset__heading">`. */
  legendAsHeading?: boolean;
  hint?: ReactNode;
  options: ReadonlyArray<O>;
  error?: string;
  /** Id of each option; by default the first is `id` (the error summary's target) and the others `id-value`. */
  idFor?: (option: O, index: number) => string;
  /** The NHS small variant. */
  small?: boolean;
  /** The NHS inline variant (side by side). */
  inline?: boolean;
  /** Id of the element holding the options (an error summary target when no option has the field's id). */
  containerId?: string;
  /** `data-testid` of the element holding the options. */
  testId?: string;
  /** Disable every option. */
  disabled?: boolean;
  /** Shown instead of the options when there are none. */
  empty?: ReactNode;
}

/** Radios or checkboxes in the NHS markup, in a fieldset with legend, hint and inline error when there is a legend. */
export function ChoiceGroup<O extends ChoiceOption>({
  kind,
  isChecked,
  name,
  id: baseId = name,
  legend,
  legendSize = 's',
  legendAsHeading,
  hint,
  options,
  error,
  idFor,
  small,
  inline,
  containerId,
  testId,
  disabled,
  empty,
}: ChoiceGroupProps<O> & { kind: 'radios' | 'checkboxes'; isChecked: (option: O) => boolean }): ReactElement {
  const type = kind === 'radios' ? 'radio' : 'checkbox';
  const idOf = (option: O, index: number): string =>
    option.id ?? (idFor ? idFor(option, index) : index === 0 ? baseId : `${baseId}-${option.value}`);
  const classes = [`nhsuk-${kind}`, small ? `nhsuk-${kind}--small` : '', inline ? `nhsuk-${kind}--inline` : '']
    .filter(Boolean)
    .join(' ');
  const items =
    options.length === 0 && empty !== undefined ? (
      empty
    ) : (
      <div className={classes} id={containerId} data-testid={testId}>
        {options.map((option, index) => {
          const optionId = idOf(option, index);
          const checked = option.checked ?? isChecked(option);
          const hintId = option.hint ? `${optionId}-item-hint` : undefined;
          const conditionalId = option.conditional ? `conditional-${optionId}` : undefined;
          return (
            <div className={`nhsuk-${kind}__item`} key={`${option.name ?? ''}:${option.value}:${optionId}`}>
              <input
                className={`nhsuk-${kind}__input`}
                id={optionId}
                name={option.name ?? name}
                type={type}
                value={option.value}
                defaultChecked={checked}
                disabled={option.disabled ?? disabled}
                aria-describedby={hintId}
                data-aria-controls={conditionalId}
              />
              <label className={`nhsuk-label nhsuk-${kind}__label`} htmlFor={optionId}>
                {option.text}
              </label>
              {option.hint ? (
                <div className={`nhsuk-hint nhsuk-${kind}__hint`} id={hintId}>
                  {option.hint}
                </div>
              ) : null}
              {option.conditional ? (
                <div
                  className={`nhsuk-${kind}__conditional${checked ? '' : ` nhsuk-${kind}__conditional--hidden`}`}
                  id={conditionalId}
                >
                  {option.conditional}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    );
  if (legend === undefined) return <>{items}</>;
  const ids = fieldIds(baseId, hint, error);
  const legendClass = `nhsuk-fieldset__legend${legendSize === 'body' ? '' : ` nhsuk-fieldset__legend--${legendSize}`}`;
  return (
    <FormGroup error={error}>
      <fieldset className="nhsuk-fieldset" aria-describedby={ids.describedBy}>
        <legend className={legendClass}>
          {legendAsHeading ? <h2 className="nhsuk-fieldset__heading">{legend}</h2> : legend}
        </legend>
        <HintAndError id={baseId} hint={hint} error={error} />
        {items}
      </fieldset>
    </FormGroup>
  );
}
