/** @jest-environment jsdom */
import { describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, render, screen, within } from '@testing-library/react';

import type { ToolkitFormState } from '../utils/toolkit-form';
import { CreateToolkitForm } from './CreateToolkitForm';
import { PublishVersionForm } from './PublishVersionForm';

const themes = [
  { key: 'EMPLOYMENT', label: 'Employment' },
  { key: 'HOUSING', label: 'Housing' },
];

async function submit(button: string): Promise<void> {
  await act(async () => {
    fireEvent.submit(screen.getByRole('button', { name: button }).closest('form') as HTMLFormElement);
  });
}

describe('CreateToolkitForm', () => {
  it('should offer the themes as small checkboxes in a container the summary can link to', () => {
    render(<CreateToolkitForm action={async (s) => s} organisations={[{ value: 'org-1', text: 'Org' }]} themes={themes} />);
    const group = screen.getByRole('group', { name: 'Themes (optional)' });
    const container = group.querySelector('#themeKeys');
    expect(container?.className).toBe('nhsuk-checkboxes nhsuk-checkboxes--small');
    expect((within(group).getAllByRole('checkbox') as HTMLInputElement[]).map((b) => [b.id, b.name, b.value])).toEqual([
      ['theme-EMPLOYMENT', 'themeKeys', 'EMPLOYMENT'],
      ['theme-HOUSING', 'themeKeys', 'HOUSING'],
    ]);
  });

  it('should show the action’s errors linked to their fields and keep the chosen themes', async () => {
    const action = jest.fn(
      async (_s: ToolkitFormState, formData: FormData): Promise<ToolkitFormState> => ({
        errors: [
          { field: 'title', message: 'Enter a title' },
          { field: 'themeKeys', message: 'Choose at most 12 themes' },
        ],
        values: { title: '' },
        themeKeys: formData.getAll('themeKeys').map(String),
        submittedAt: 1,
      }),
    );
    render(<CreateToolkitForm action={action} organisations={[{ value: 'org-1', text: 'Org' }]} themes={themes} />);
    fireEvent.click(screen.getByLabelText('Housing'));
    await submit('Create toolkit');
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter a title' }).getAttribute('href')).toBe('#title');
    expect(within(summary).getByRole('link', { name: 'Choose at most 12 themes' }).getAttribute('href')).toBe('#themeKeys');
    expect(document.getElementById('themeKeys-error')?.textContent).toBe('Error: Choose at most 12 themes');
    expect((screen.getByLabelText('Housing') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Employment') as HTMLInputElement).checked).toBe(false);
  });
});

describe('PublishVersionForm', () => {
  const sections = [{ key: 'intro', title: 'Introduction', body: 'Hello' }];
  const files = [
    { id: 'f-1', name: 'guide.pdf' },
    { id: 'f-2', name: 'poster.png' },
  ];

  it('should tick every uploaded file, and offer a small remove box for each existing section', () => {
    render(<PublishVersionForm action={async (s) => s} sections={sections} nextNumber={2} pendingFiles={files} />);
    const group = screen.getByRole('group', { name: 'Files to attach' });
    expect(group.querySelector('#fileIds')).toBeTruthy();
    expect((within(group).getAllByRole('checkbox') as HTMLInputElement[]).map((b) => [b.id, b.name, b.checked])).toEqual([
      ['file-0', 'fileIds', true],
      ['file-1', 'fileIds', true],
    ]);
    const remove = screen.getByLabelText('Remove this section from the new version') as HTMLInputElement;
    expect([remove.id, remove.name, remove.value, remove.checked]).toEqual(['sections-0-remove', 'sections-0-remove', 'yes', false]);
    expect(remove.closest('.nhsuk-checkboxes')?.className).toBe('nhsuk-checkboxes nhsuk-checkboxes--small');
  });

  it('should keep the files and the remove box as they were posted after a refusal', async () => {
    const action = async (_s: ToolkitFormState, formData: FormData): Promise<ToolkitFormState> => ({
      errors: [{ field: 'changelog', message: 'Say what changed' }],
      values: {
        fileIds: formData.getAll('fileIds').map(String).join(','),
        'sections-0-remove': String(formData.get('sections-0-remove') ?? ''),
      },
      submittedAt: 1,
    });
    render(<PublishVersionForm action={action} sections={sections} nextNumber={2} pendingFiles={files} />);
    fireEvent.click(screen.getByLabelText('poster.png'));
    fireEvent.click(screen.getByLabelText('Remove this section from the new version'));
    await submit('Publish version 2');
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Say what changed' }).getAttribute('href')).toBe('#changelog');
    expect((screen.getByLabelText('guide.pdf') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('poster.png') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('Remove this section from the new version') as HTMLInputElement).checked).toBe(true);
  });
});
