/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';

import { ErrorSummary, errorSummaryItems } from './ErrorSummary';

describe('errorSummaryItems', () => {
  it('should link an error naming a field to that field and list one without a field unlinked', () => {
    expect(
      errorSummaryItems([
        { field: 'title', message: 'Enter a title' },
        { message: 'Someone else changed this' },
      ]),
    ).toEqual([{ fieldId: 'title', message: 'Enter a title' }, { message: 'Someone else changed this' }]);
  });

  it('should link to the target a form gives for a field, and leave unlinked a field it has no target for', () => {
    const target = (field: string) => (field === 'rating' ? 'rating-5' : field === 'file' ? undefined : field);
    expect(
      errorSummaryItems(
        [
          { field: 'rating', message: 'Select a rating' },
          { field: 'file', message: 'The file is too large' },
          { field: 'useful', message: 'Too long' },
        ],
        target,
      ),
    ).toEqual([
      { fieldId: 'rating-5', message: 'Select a rating' },
      { message: 'The file is too large' },
      { fieldId: 'useful', message: 'Too long' },
    ]);
  });
});

describe('ErrorSummary', () => {
  it('should render nothing without errors', () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('should show the heading, the description and each error, linked to its field or page', () => {
    render(
      <ErrorSummary
        description="What you typed is still in the form."
        errors={[
          { fieldId: 'title', message: 'Enter a title' },
          { href: '/events/1/edit', message: 'Reload the event' },
          { message: 'Try again later' },
        ]}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 2 }).textContent).toBe('There is a problem');
    expect(within(alert).getByText('What you typed is still in the form.')).toBeTruthy();
    expect(within(alert).getByRole('link', { name: 'Enter a title' }).getAttribute('href')).toBe('#title');
    expect(within(alert).getByRole('link', { name: 'Reload the event' }).getAttribute('href')).toBe('/events/1/edit');
    expect(within(alert).getByText('Try again later').tagName).toBe('LI');
    expect(alert.closest('.nhsuk-error-summary')).toBeTruthy();
  });

  it('should take focus when shown, so a screen reader announces it', () => {
    render(<ErrorSummary errors={[{ fieldId: 'title', message: 'Enter a title' }]} />);
    expect(document.activeElement?.classList.contains('nhsuk-error-summary')).toBe(true);
  });
});
