/** @jest-environment jsdom */
import { describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, render, screen, within } from '@testing-library/react';

import { FeedbackForm } from './FeedbackForm';
import type { FeedbackFormProps, FeedbackFormState } from './FeedbackForm';

const caseStudies = [
  { id: 'cs-1', title: 'Social prescribing', slug: 'social-prescribing' },
  { id: 'cs-2', title: 'Falls prevention', slug: 'falls-prevention' },
] as unknown as FeedbackFormProps['caseStudies'];

function renderForm(action: FeedbackFormProps['action'], given: FeedbackFormProps['given'] = null) {
  return render(<FeedbackForm eventId="ev-1" eventTitle="Winter summit" caseStudies={caseStudies} given={given} action={action} />);
}

async function submit(): Promise<void> {
  await act(async () => {
    fireEvent.submit(screen.getByRole('button', { name: /Send feedback|Save changes/ }).closest('form') as HTMLFormElement);
  });
}

describe('FeedbackForm', () => {
  it('should offer the rating radios and the linked case studies as checkboxes with their ids and names', () => {
    renderForm(async (state) => state);
    const rating = screen.getByRole('group', { name: 'How would you rate the event overall?' });
    expect(within(rating).getAllByRole('radio').map((r) => r.id)).toEqual(['rating-5', 'rating-4', 'rating-3', 'rating-2', 'rating-1']);
    const interested = screen.getByRole('group', { name: 'Are you interested in adopting any of this practice? (optional)' });
    const boxes = within(interested).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => [b.id, b.name, b.value, b.checked])).toEqual([
      ['interested-0', 'interested', 'cs-1', false],
      ['interested-1', 'interested', 'cs-2', false],
    ]);
    expect(interested.getAttribute('aria-describedby')).toBe('interested-hint');
  });

  it('should post the form to the action and show its errors inline and in a summary linked to the fields, keeping what was chosen', async () => {
    const action = jest.fn(async (_state: FeedbackFormState, formData: FormData): Promise<FeedbackFormState> => ({
      errors: [
        { field: 'rating', message: 'Select a rating' },
        { field: 'interested', message: 'That case study is no longer linked to the event' },
        { message: 'Something else went wrong' },
      ],
      values: { useful: String(formData.get('useful') ?? ''), interested: formData.getAll('interested').map(String) },
      submittedAt: 1,
    }));
    renderForm(action);
    fireEvent.click(screen.getByLabelText('Falls prevention'));
    fireEvent.change(screen.getByLabelText('What was useful? (optional)'), { target: { value: 'The workshops' } });
    await submit();

    expect(action).toHaveBeenCalledTimes(1);
    const posted = action.mock.calls[0][1];
    expect(posted.getAll('interested')).toEqual(['cs-2']);

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select a rating' }).getAttribute('href')).toBe('#rating-5');
    expect(within(summary).getByRole('link', { name: 'That case study is no longer linked to the event' }).getAttribute('href')).toBe(
      '#interested-0',
    );
    expect(within(summary).getByText('Something else went wrong').closest('a')).toBeNull();
    expect(document.getElementById('rating-error')?.textContent).toBe('Error: Select a rating');
    expect(document.getElementById('interested-error')?.textContent).toBe('Error: That case study is no longer linked to the event');
    expect(screen.getByRole('group', { name: 'Are you interested in adopting any of this practice? (optional)' }).getAttribute('aria-describedby')).toBe(
      'interested-hint interested-error',
    );
    expect((screen.getByLabelText('Falls prevention') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Social prescribing') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('What was useful? (optional)') as HTMLTextAreaElement).value).toBe('The workshops');
  });

  it('should pre-fill feedback already given, and keep an interest in a case study no longer linked', () => {
    const given = {
      rating: 4,
      useful: 'Networking',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: null,
      interestedIn: [{ id: 'cs-9', title: 'Retired practice' }],
    } as unknown as FeedbackFormProps['given'];
    renderForm(async (state) => state, given);
    expect((screen.getByLabelText('4 – good') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Retired practice') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('What was useful? (optional)') as HTMLTextAreaElement).value).toBe('Networking');
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeTruthy();
  });
});
