/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';

import { EventEditor } from './EventEditor';
import type { EventEditorProps } from './EventEditor';

const options = {
  icss: [{ odsCode: 'QHL', shortName: 'Birmingham' }],
  organisationTypes: [{ key: 'NHS_TRUST', label: 'NHS trust' }],
} as unknown as EventEditorProps['options'];

describe('EventEditor', () => {
  it('should name each yes/no box after its id (approval, and each question’s required and sensitive boxes)', () => {
    render(<EventEditor options={options} action={async (s) => s} />);
    const approval = screen.getByLabelText('Organisers approve each registration') as HTMLInputElement;
    expect([approval.id, approval.name, approval.value, approval.checked]).toEqual(['requiresApproval', 'requiresApproval', 'yes', false]);
    expect(approval.closest('.nhsuk-form-group')).toBeTruthy();
    const first = screen.getByRole('group', { name: 'Question 1' });
    expect((within(first).getAllByRole('checkbox') as HTMLInputElement[]).map((b) => [b.id, b.name, b.value])).toEqual([
      ['question-0-required', 'question-0-required', 'yes'],
      ['question-0-sensitive', 'question-0-sensitive', 'yes'],
    ]);
  });

  it('should list the linked case studies as ticked boxes named caseStudyIds, or say there are none', () => {
    const { unmount } = render(<EventEditor options={options} action={async (s) => s} />);
    const none = screen.getByRole('group', { name: 'Case studies shown at the event' });
    expect(within(none).getByText('None yet.')).toBeTruthy();
    expect(none.getAttribute('aria-describedby')).toBe('caseStudies-hint');
    unmount();

    const event = {
      id: 'ev-1',
      title: 'Summit',
      version: 3,
      caseStudyIds: ['cs-1', 'cs-2'],
      questions: [],
      quotas: [],
      startsAt: '2026-12-01T09:30:00.000Z',
      endsAt: '2026-12-01T16:30:00.000Z',
    } as unknown as EventEditorProps['event'];
    render(<EventEditor event={event} options={options} linkedCaseStudyTitles={[{ id: 'cs-1', title: 'Falls prevention' }]} action={async (s) => s} />);
    const list = screen.getByTestId('editor-linked-case-studies');
    expect((within(list).getAllByRole('checkbox') as HTMLInputElement[]).map((b) => [b.id, b.name, b.value, b.checked])).toEqual([
      ['caseStudy-cs-1', 'caseStudyIds', 'cs-1', true],
      ['caseStudy-cs-2', 'caseStudyIds', 'cs-2', true],
    ]);
    expect(within(list).getByLabelText('A case study that is no longer published')).toBeTruthy();
  });
});
