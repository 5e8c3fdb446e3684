'use client';

import { Button, Checkboxes, ErrorSummary, errorSummaryItems, Textarea } from '@mic/web-ui';
import { useActionState } from 'react';
import type { ReactElement } from 'react';

import type { PendingFile, SectionValue, ToolkitFormState } from '../utils/toolkit-form';
import { emptyToolkitFormState } from '../utils/toolkit-form';
import { SectionFieldset, fieldError } from './ToolkitFormFields';

export interface PublishVersionFormProps {
  /** Server action: publishes and redirects to the toolkit; returns errors otherwise. */
  action: (state: ToolkitFormState, formData: FormData) => Promise<ToolkitFormState>;
  /** The current version's sections, to pre-fill the form. */
  sections: SectionValue[];
  /** The number the new version will get. */
  nextNumber: number;
  /** Uploaded files, offered for attaching (checked). */
  pendingFiles: PendingFile[];
}

/**
 * Publish a new version (works without JavaScript): changelog, the sections
 * pre-filled from the current version plus one empty row to add a section,
 * and the files uploaded above.
 */
export function PublishVersionForm({
  action,
  sections,
  nextNumber,
  pendingFiles,
}: PublishVersionFormProps): ReactElement {
  const [state, formAction, pending] = useActionState(action, emptyToolkitFormState());
  const rows = sections.length + 1;
  const checkedFiles = state.values['fileIds']?.split(',');
  return (
    <>
      <ErrorSummary key={state.submittedAt ?? 0} errors={errorSummaryItems(state.errors)} />
      <form action={formAction} noValidate>
        <input type="hidden" name="sectionRows" value={rows} />
        <Textarea
          id="changelog"
          label={`What changed in version ${nextNumber}`}
          hint="People following the toolkit see this with the list of changed sections."
          error={fieldError(state, 'changelog')}
          defaultValue={state.values['changelog'] ?? ''}
          rows={3}
        />
        {sections.map((s, row) => (
          <SectionFieldset
            key={s.key}
            row={row}
            legend={`Section ${row + 1}: ${s.title}`}
            state={state}
            defaults={s}
            removable
          />
        ))}
        <SectionFieldset
          row={sections.length}
          legend="Add a section (optional)"
          state={state}
          defaults={{ key: '', title: '', body: '' }}
          removable={false}
        />
        {pendingFiles.length ? (
          <Checkboxes
            name="fileIds"
            legend="Files to attach"
            legendSize="m"
            legendAsHeading
            error={fieldError(state, 'fileIds')}
            options={pendingFiles.map((f) => ({
              value: f.id,
              text: f.name,
              checked: checkedFiles ? checkedFiles.includes(f.id) : true,
            }))}
            idFor={(_, i) => `file-${i}`}
            containerId="fileIds"
          />
        ) : null}
        <Button>{pending ? 'Publishing…' : `Publish version ${nextNumber}`}</Button>
      </form>
    </>
  );
}
