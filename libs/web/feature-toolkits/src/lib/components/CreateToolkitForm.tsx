'use client';

import {
  Button,
  Checkboxes,
  ErrorSummary,
  errorSummaryItems,
  Select,
  Textarea,
  TextInput,
} from '@mic/web-ui';
import type { SelectOption } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { ToolkitFormState } from '../utils/toolkit-form';
import { emptyToolkitFormState } from '../utils/toolkit-form';
import { SectionFieldset, fieldError } from './ToolkitFormFields';

export interface CreateToolkitFormProps {
  /** Server action: creates the toolkit and redirects to it; returns errors otherwise. */
  action: (state: ToolkitFormState, formData: FormData) => Promise<ToolkitFormState>;
  /** Organisations the user may create toolkits for (only theirs unless a regional admin). */
  organisations: SelectOption[];
  themes: { key: string; label: string }[];
}

/** Create a toolkit with its first version (works without JavaScript). */
export function CreateToolkitForm({
  action,
  organisations,
  themes,
}: CreateToolkitFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, emptyToolkitFormState());
  const themeError = fieldError(state, 'themeKeys');
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={errorSummaryItems(state.errors)} />
      <h1>Create a toolkit</h1>
      <form action={formAction} noValidate>
        <input type="hidden" name="sectionRows" value="1" />
        {organisations.length > 1 ? (
          <Select
            id="ownerOrganisationId"
            label="Owner organisation"
            options={organisations}
            defaultValue={state.values['ownerOrganisationId'] ?? organisations[0]?.value}
            error={fieldError(state, 'ownerOrganisationId')}
          />
        ) : (
          <>
            <input type="hidden" name="ownerOrganisationId" value={organisations[0]?.value ?? ''} />
            <p>
              Owner organisation: <strong>{organisations[0]?.text}</strong>
            </p>
          </>
        )}
        <TextInput
          id="title"
          label="Toolkit title"
          defaultValue={state.values['title']}
          error={fieldError(state, 'title')}
        />
        <TextInput
          id="slug"
          label="Web address (optional)"
          hint="Lower-case letters, digits and hyphens, used in /toolkits/<address>. Leave blank to make one from the title."
          spellCheck={false}
          defaultValue={state.values['slug']}
          error={fieldError(state, 'slug')}
          width={30}
        />
        <Textarea
          id="summary"
          label="Summary"
          error={fieldError(state, 'summary')}
          defaultValue={state.values['summary']}
          rows={3}
        />
        <Checkboxes
          name="themeKeys"
          legend="Themes (optional)"
          error={themeError}
          options={themes.map((t) => ({ value: t.key, text: t.label }))}
          checked={state.themeKeys}
          idFor={(t) => `theme-${t.value}`}
          small
          containerId="themeKeys"
        />
        <SectionFieldset
          row={0}
          legend="First section (optional)"
          state={state}
          defaults={{ key: '', title: '', body: '' }}
          removable={false}
        />
        <p>You can add sections and files when you publish the next version.</p>
        <Button>{pending ? 'Creating…' : 'Create toolkit'}</Button>
      </form>
    </>
  );
}
