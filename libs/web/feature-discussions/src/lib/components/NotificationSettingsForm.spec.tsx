/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';

import { NotificationSettingsForm } from './NotificationSettingsForm';
import type { NotificationSettingsFormProps } from './NotificationSettingsForm';

describe('NotificationSettingsForm', () => {
  it('should check the digest frequency and every immediate email not opted out of', () => {
    const settings = { digestFrequency: 'DAILY', emailOptOuts: ['REPLY'] } as unknown as NotificationSettingsFormProps['settings'];
    render(<NotificationSettingsForm settings={settings} action={async (s) => s} />);
    const digest = screen.getByRole('group', { name: 'How often should we email you a digest?' });
    expect((within(digest).getAllByRole('radio') as HTMLInputElement[]).map((r) => [r.id, r.checked])).toEqual([
      ['digest-DAILY', true],
      ['digest-WEEKLY', false],
      ['digest-OFF', false],
    ]);
    const immediate = screen.getByRole('group', { name: 'Email me straight away' });
    expect((within(immediate).getAllByRole('checkbox') as HTMLInputElement[]).map((b) => [b.id, b.name, b.value, b.checked])).toEqual([
      ['immediate-MENTION', 'immediate', 'MENTION', true],
      ['immediate-REPLY', 'immediate', 'REPLY', false],
      ['immediate-WATCHING', 'immediate', 'WATCHING', true],
    ]);
    expect(immediate.querySelector('legend')?.className).toBe('nhsuk-fieldset__legend nhsuk-fieldset__legend--m');
  });
});
