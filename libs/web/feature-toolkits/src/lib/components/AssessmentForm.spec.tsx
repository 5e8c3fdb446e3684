/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { act, fireEvent, render, screen, within } from '@testing-library/react';

import { AssessmentForm } from './AssessmentForm';
import type { AssessmentFormProps, AssessmentFormState } from './AssessmentForm';

function assessment(status: 'DRAFT' | 'SUBMITTED'): AssessmentFormProps['assessment'] {
  return {
    id: 'as-1',
    status,
    updatedAt: '2026-11-01T10:00:00.000Z',
    submittedAt: null,
    csvPath: '/x.csv',
    pdfPath: '/x.pdf',
    answers: [{ questionKey: 'ready', value: '4' }],
    toolkitVersion: {
      id: 'v-1',
      number: 1,
      form: [
        {
          key: 'people',
          title: 'People',
          questions: [
            { key: 'ready', label: 'How ready are you?', type: 'SCALE', options: [] },
            { key: 'lead', label: 'Who leads?', type: 'CHOICE', options: ['Us', 'Them'] },
            { key: 'notes', label: 'Notes', type: 'TEXT', options: [] },
          ],
        },
      ],
    },
  } as unknown as AssessmentFormProps['assessment'];
}

describe('AssessmentForm', () => {
  it('should render a scale as inline radios named answer:<key>, with the saved answer checked', () => {
    render(<AssessmentForm assessment={assessment('DRAFT')} toolkitTitle="Toolkit" action={async (s) => s} />);
    const ready = screen.getByRole('group', { name: 'How ready are you?' });
    const radios = within(ready).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.id)).toEqual(['q-ready', 'q-ready-1', 'q-ready-2', 'q-ready-3', 'q-ready-4']);
    expect(radios.every((r) => r.name === 'answer:ready')).toBe(true);
    expect(radios[3].checked).toBe(true);
    expect(ready.querySelector('.nhsuk-radios')?.className).toBe('nhsuk-radios nhsuk-radios--inline');
    expect(within(ready).getByText('1 is not at all, 5 is fully.')).toBeTruthy();
    const lead = screen.getByRole('group', { name: 'Who leads?' });
    expect(lead.querySelector('.nhsuk-radios')?.className).toBe('nhsuk-radios');
    expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).name).toBe('answer:notes');
  });

  it('should disable every answer once submitted', () => {
    render(<AssessmentForm assessment={assessment('SUBMITTED')} toolkitTitle="Toolkit" action={async (s) => s} />);
    expect((screen.getAllByRole('radio') as HTMLInputElement[]).every((r) => r.disabled)).toBe(true);
    expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Submit assessment' })).toBeNull();
  });

  it('should link each refused answer from the summary to its question, and keep the answers given', async () => {
    const action = async (_s: AssessmentFormState, formData: FormData): Promise<AssessmentFormState> => ({
      errors: [{ field: 'lead', message: 'Choose who leads' }],
      values: { ready: String(formData.get('answer:ready')), notes: String(formData.get('answer:notes')) },
      submittedAt: 1,
    });
    render(<AssessmentForm assessment={assessment('DRAFT')} toolkitTitle="Toolkit" action={action} />);
    fireEvent.click(screen.getByLabelText('2'));
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Early days' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Submit assessment' }));
    });
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Choose who leads' }).getAttribute('href')).toBe('#q-lead');
    expect(document.getElementById('q-lead-error')?.textContent).toBe('Error: Choose who leads');
    expect((screen.getByLabelText('2') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('Early days');
  });
});
