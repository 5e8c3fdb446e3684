import { describe, expect, it } from '@jest/globals';

import { endOfLondonDay, readAccessTokenForm, validateAccessTokenForm } from './access-token-form';

const now = new Date('2026-12-06T10:00:00Z');

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
}

describe('access token form', () => {
  it('should end the chosen day at 23:59:59 London time, in winter and in summer', () => {
    expect(endOfLondonDay({ day: '31', month: '12', year: '2026' })).toBe('2026-12-31T23:59:59.000Z');
    expect(endOfLondonDay({ day: '1', month: '7', year: '2027' })).toBe('2027-07-01T22:59:59.000Z');
    expect(endOfLondonDay({ day: '31', month: '2', year: '2027' })).toBeNull();
    expect(endOfLondonDay({ day: 'x', month: '2', year: '2027' })).toBeNull();
  });

  it('should give the API input for a valid form, with or without an expiry', () => {
    const dated = validateAccessTokenForm(
      readAccessTokenForm(
        form({ name: '  Power BI ', scope: 'READ', 'expiresAt-day': '6', 'expiresAt-month': '3', 'expiresAt-year': '2027' }),
      ),
      now,
    );
    expect(dated).toEqual({ input: { name: 'Power BI', scope: 'READ', expiresAt: '2027-03-06T23:59:59.000Z' } });
    const never = validateAccessTokenForm(readAccessTokenForm(form({ name: 'x', scope: 'READ_WRITE' })), now);
    expect(never).toEqual({ input: { name: 'x', scope: 'READ_WRITE', expiresAt: null } });
  });

  it('should name every problem with its field', () => {
    const blank = validateAccessTokenForm(readAccessTokenForm(form({})), now);
    expect(blank).toEqual({
      errors: [
        { field: 'name', message: expect.stringMatching(/Enter a name/) },
        { field: 'scope', message: 'Select what the token may do' },
      ],
    });
    const at = (day: string, month: string, year: string) =>
      validateAccessTokenForm(
        readAccessTokenForm(form({ name: 'x', scope: 'READ', 'expiresAt-day': day, 'expiresAt-month': month, 'expiresAt-year': year })),
        now,
      );
    expect(at('', '', '')).toEqual({ input: { name: 'x', scope: 'READ', expiresAt: null } });
    expect(at('6', '', '')).toEqual({ errors: [{ field: 'expiresAt', message: 'Expiry date must be a real date' }] });
    expect(at('30', '2', '2027')).toEqual({ errors: [{ field: 'expiresAt', message: 'Expiry date must be a real date' }] });
    expect(at('5', '12', '2026')).toEqual({
      errors: [{ field: 'expiresAt', message: 'Expiry date must be today or in the future' }],
    });
    expect(at('6', '12', '2026')).toHaveProperty('input');
    expect(at('7', '12', '2027')).toEqual({
      errors: [{ field: 'expiresAt', message: 'Expiry date must be within a year from today' }],
    });
    expect(
      validateAccessTokenForm(readAccessTokenForm(form({ name: 'n'.repeat(101), scope: 'READ' })), now),
    ).toEqual({ errors: [{ field: 'name', message: 'Name must be 100 characters or fewer' }] });
  });
});
