/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';

import { Checkboxes } from './Checkboxes';
import { Radios } from './Radios';

const FRUIT = [
  { value: 'apple', text: 'Apple' },
  { value: 'pear', text: 'Pear', hint: 'In season' },
];

describe('Radios', () => {
  it('should put the options in a fieldset with the legend, first option id = name, others name-value', () => {
    render(<Radios name="fruit" legend="Which fruit?" options={FRUIT} />);
    const group = screen.getByRole('group', { name: 'Which fruit?' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.id)).toEqual(['fruit', 'fruit-pear']);
    expect(radios.every((r) => r.getAttribute('name') === 'fruit')).toBe(true);
    expect(group.querySelector('legend')?.className).toBe('nhsuk-fieldset__legend nhsuk-fieldset__legend--s');
    expect(group.closest('.nhsuk-form-group')?.className).toBe('nhsuk-form-group');
  });

  it('should check the kept value and describe an option by its hint', () => {
    render(<Radios name="fruit" legend="Which fruit?" options={FRUIT} checked="pear" />);
    const pear = screen.getByLabelText('Pear') as HTMLInputElement;
    expect(pear.checked).toBe(true);
    expect((screen.getByLabelText('Apple') as HTMLInputElement).checked).toBe(false);
    expect(pear.getAttribute('aria-describedby')).toBe('fruit-pear-item-hint');
    expect(document.getElementById('fruit-pear-item-hint')?.textContent).toBe('In season');
  });

  it('should show the hint and error, mark the group in error and describe the fieldset by both', () => {
    render(<Radios name="fruit" legend="Which fruit?" hint="Pick one" error="Select a fruit" options={FRUIT} />);
    const group = screen.getByRole('group', { name: 'Which fruit?' });
    expect(group.getAttribute('aria-describedby')).toBe('fruit-hint fruit-error');
    expect(document.getElementById('fruit-hint')?.textContent).toBe('Pick one');
    expect(document.getElementById('fruit-error')?.textContent).toBe('Error: Select a fruit');
    expect(group.closest('.nhsuk-form-group')?.className).toBe('nhsuk-form-group nhsuk-form-group--error');
  });

  it('should take ids from idFor, a separate id base from the name, and the inline variant and disabled', () => {
    render(
      <Radios
        id="q-scale"
        name="answer:scale"
        legend="How far?"
        legendSize="body"
        hint="1 is not at all"
        error="Choose one"
        inline
        disabled
        options={['1', '2'].map((v) => ({ value: v, text: v }))}
        idFor={(_, i) => (i === 0 ? 'q-scale' : `q-scale-${i}`)}
      />,
    );
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => [r.id, r.name, r.disabled])).toEqual([
      ['q-scale', 'answer:scale', true],
      ['q-scale-1', 'answer:scale', true],
    ]);
    expect(document.querySelector('.nhsuk-radios')?.className).toBe('nhsuk-radios nhsuk-radios--inline');
    expect(document.querySelector('legend')?.className).toBe('nhsuk-fieldset__legend');
    expect(screen.getByRole('group').getAttribute('aria-describedby')).toBe('q-scale-hint q-scale-error');
  });

  it('should render a conditional reveal after its option, hidden until chosen', () => {
    render(
      <Radios
        name="contact"
        legend="How should we contact you?"
        checked="email"
        options={[
          { value: 'email', text: 'Email', conditional: <p>Email address</p> },
          { value: 'phone', text: 'Phone', conditional: <p>Phone number</p> },
        ]}
      />,
    );
    expect(document.getElementById('conditional-contact')?.className).toBe('nhsuk-radios__conditional');
    expect(document.getElementById('conditional-contact-phone')?.className).toBe(
      'nhsuk-radios__conditional nhsuk-radios__conditional--hidden',
    );
    expect(screen.getByLabelText('Phone').getAttribute('data-aria-controls')).toBe('conditional-contact-phone');
  });
});

describe('Checkboxes', () => {
  it('should check every kept value and name every box after the group', () => {
    render(<Checkboxes name="fruit" legend="Which fruit?" options={FRUIT} checked={['apple', 'pear']} />);
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => [b.id, b.name, b.value, b.checked])).toEqual([
      ['fruit', 'fruit', 'apple', true],
      ['fruit-pear', 'fruit', 'pear', true],
    ]);
  });

  it('should render only the boxes without a legend (no fieldset), with per-option names, ids and checked', () => {
    const { container } = render(
      <Checkboxes
        name="question-0"
        small
        options={[
          { id: 'question-0-required', name: 'question-0-required', value: 'yes', text: 'Answer required', checked: true },
          { id: 'question-0-sensitive', name: 'question-0-sensitive', value: 'yes', text: 'Sensitive', checked: false },
        ]}
      />,
    );
    expect(container.querySelector('fieldset')).toBeNull();
    expect(container.firstElementChild?.className).toBe('nhsuk-checkboxes nhsuk-checkboxes--small');
    const required = screen.getByLabelText('Answer required') as HTMLInputElement;
    const sensitive = screen.getByLabelText('Sensitive') as HTMLInputElement;
    expect([required.name, required.checked, sensitive.name, sensitive.checked]).toEqual([
      'question-0-required',
      true,
      'question-0-sensitive',
      false,
    ]);
  });

  it('should give the options container an id and test id, and the legend a heading', () => {
    render(
      <Checkboxes
        name="fileIds"
        legend="Files to attach"
        legendSize="m"
        legendAsHeading
        error="Choose files"
        containerId="fileIds"
        testId="files"
        options={[{ value: 'f1', text: 'a.pdf' }]}
        idFor={(_, i) => `file-${i}`}
      />,
    );
    expect(screen.getByTestId('files').id).toBe('fileIds');
    expect(screen.getByRole('heading', { level: 2, name: 'Files to attach' }).className).toBe('nhsuk-fieldset__heading');
    expect(screen.getByLabelText('a.pdf').id).toBe('file-0');
    expect(document.getElementById('fileIds-error')?.textContent).toBe('Error: Choose files');
  });

  it('should show what `empty` gives instead of the boxes when there are no options', () => {
    render(<Checkboxes name="caseStudyIds" id="caseStudies" legend="Case studies" hint="Shown" options={[]} empty={<p>None yet.</p>} />);
    expect(screen.getByText('None yet.')).toBeTruthy();
    expect(document.querySelector('.nhsuk-checkboxes')).toBeNull();
    expect(screen.getByRole('group', { name: 'Case studies' }).getAttribute('aria-describedby')).toBe('caseStudies-hint');
  });
});
