import { describe, expect, it } from '@jest/globals';

import { coreComponentsFrom } from './core-components';

describe('coreComponentsFrom', () => {
  it('should list the Markdown list items as plain text', () => {
    expect(
      coreComponentsFrom(
        'Keep these:\n\n- Guaranteed **interview**\n* One-day [placement](https://example.org);\n1. `Level 1` qualification\n- Guaranteed interview',
      ),
    ).toEqual(['Guaranteed interview', 'One-day placement', 'Level 1 qualification']);
  });

  it('should fall back to non-empty lines (not headings) when there is no list, and to none when blank', () => {
    expect(coreComponentsFrom('# Core\nMentoring\n\nWeekly check-ins.')).toEqual([
      'Mentoring',
      'Weekly check-ins',
    ]);
    expect(coreComponentsFrom('')).toEqual([]);
    expect(coreComponentsFrom(null)).toEqual([]);
  });

  it('should keep each component within the API limit of 300 characters', () => {
    const [only] = coreComponentsFrom(`- ${'a'.repeat(400)}`);
    expect(only).toHaveLength(300);
  });
});
