/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { act, fireEvent, render, screen, within } from '@testing-library/react';

import { RegistrationForm } from './RegistrationForm';
import type { RegistrationFormState, RegistrationQuestion } from './RegistrationForm';

const questions = [
  { id: 'diet', label: 'Dietary needs', type: 'TEXT', required: false, sensitive: true, options: [] },
  { id: 'lunch', label: 'Staying for lunch?', type: 'YES_NO', required: true, sensitive: false, options: ['YES', 'NO'] },
  { id: 'topics', label: 'Topics', type: 'MULTI_CHOICE', required: false, sensitive: false, options: ['Housing', 'Work'] },
] as unknown as RegistrationQuestion[];

describe('RegistrationForm', () => {
  it('should render choice questions as radios or checkboxes named q-<id>, with ids q-<id>-<n>, and the consent box', () => {
    render(<RegistrationForm eventTitle="Summit" questions={questions} action={async (s) => s} />);
    const lunch = screen.getByRole('group', { name: 'Staying for lunch?' });
    expect((within(lunch).getAllByRole('radio') as HTMLInputElement[]).map((r) => [r.id, r.name, r.value])).toEqual([
      ['q-lunch-0', 'q-lunch', 'YES'],
      ['q-lunch-1', 'q-lunch', 'NO'],
    ]);
    expect(within(lunch).getByLabelText('Yes')).toBeTruthy();
    const topics = screen.getByRole('group', { name: 'Topics (optional)' });
    expect((within(topics).getAllByRole('checkbox') as HTMLInputElement[]).map((r) => [r.id, r.name])).toEqual([
      ['q-topics-0', 'q-topics'],
      ['q-topics-1', 'q-topics'],
    ]);
    const consent = within(screen.getByRole('group', { name: 'Privacy notice' })).getByRole('checkbox') as HTMLInputElement;
    expect([consent.id, consent.name, consent.value]).toEqual(['consent', 'consent', 'yes']);
    expect(screen.getByRole('link', { name: 'privacy notice' }).getAttribute('href')).toBe('/privacy');
  });

  it('should show the action’s errors on the questions and consent and keep the answers given', async () => {
    const action = async (_s: RegistrationFormState, formData: FormData): Promise<RegistrationFormState> => ({
      errors: [
        { field: 'q-lunch-0', message: 'Answer “Staying for lunch?”' },
        { field: 'consent', message: 'Agree to the privacy notice to register' },
      ],
      values: { 'q-topics': formData.getAll('q-topics').map(String), 'q-diet': String(formData.get('q-diet') ?? '') },
      submittedAt: 1,
    });
    render(<RegistrationForm eventTitle="Summit" questions={questions} action={action} />);
    fireEvent.click(screen.getByLabelText('Work'));
    await act(async () => {
      fireEvent.submit(screen.getByRole('button', { name: 'Register' }).closest('form') as HTMLFormElement);
    });
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Answer “Staying for lunch?”' }).getAttribute('href')).toBe('#q-lunch-0');
    expect(within(summary).getByRole('link', { name: 'Agree to the privacy notice to register' }).getAttribute('href')).toBe('#consent');
    expect(screen.getByRole('group', { name: 'Privacy notice' }).getAttribute('aria-describedby')).toBe('consent-error');
    expect(document.getElementById('consent-error')?.textContent).toBe('Error: Agree to the privacy notice to register');
    expect((screen.getByLabelText('Work') as HTMLInputElement).checked).toBe(true);
  });
});
