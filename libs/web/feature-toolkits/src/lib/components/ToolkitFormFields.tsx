import { Checkboxes, Textarea, TextInput } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { ToolkitFormState } from '../utils/toolkit-form';
import { sectionFieldId } from '../utils/toolkit-form';

export const fieldError = (state: ToolkitFormState, id: string): string | undefined =>
  state.errors.find((e) => e.field === id)?.message;

export interface SectionFieldsetProps {
  row: number;
  legend: string;
  state: ToolkitFormState;
  defaults: { key: string; title: string; body: string };
  /** Offer a "remove this section" checkbox (existing sections). */
  removable: boolean;
}

/** One section's key, title and Markdown body. */
export function SectionFieldset({
  row,
  legend,
  state,
  defaults,
  removable,
}: SectionFieldsetProps): ReactElement {
  const value = (part: 'key' | 'title' | 'body'): string =>
    state.values[sectionFieldId(row, part)] ?? defaults[part];
  const input = (part: 'key' | 'title', label: string, hint?: string): ReactElement => {
    const id = sectionFieldId(row, part);
    return (
      <TextInput
        id={id}
        label={label}
        hint={hint}
        error={fieldError(state, id)}
        defaultValue={value(part)}
        width={part === 'key' ? 20 : undefined}
        spellCheck={part === 'key' ? false : undefined}
      />
    );
  };
  const removeId = sectionFieldId(row, 'remove');
  return (
    <fieldset className="nhsuk-fieldset nhsuk-u-margin-bottom-6">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading">{legend}</h2>
      </legend>
      {input(
        'key',
        'Key',
        'Lower-case letters, digits and hyphens. Keep the key to keep the section’s discussion.',
      )}
      {input('title', 'Title')}
      <Textarea
        id={sectionFieldId(row, 'body')}
        label="Body"
        hint="Markdown: **bold**, lists, [links](https://…)."
        error={fieldError(state, sectionFieldId(row, 'body'))}
        defaultValue={value('body')}
        rows={8}
      />
      {removable ? (
        <Checkboxes
          name={removeId}
          options={[{ value: 'yes', text: 'Remove this section from the new version' }]}
          checked={state.values[removeId] === 'yes' ? ['yes'] : []}
          small
        />
      ) : null}
    </fieldset>
  );
}
