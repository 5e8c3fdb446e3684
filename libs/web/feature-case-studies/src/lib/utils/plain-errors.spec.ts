import { describe, expect, it } from '@jest/globals';

import { GENERIC_ERROR, isTechnicalMessage, plainMessage } from './plain-errors';

describe('plainMessage', () => {
  it('should keep messages written for people', () => {
    expect(
      plainMessage({
        code: 'FORBIDDEN',
        message: 'Peer review must be done by someone from a different ICS.',
      }),
    ).toBe('Peer review must be done by someone from a different ICS.');
    expect(
      plainMessage({ code: 'BAD_USER_INPUT', message: 'Say what the author needs to change.' }),
    ).toBe('Say what the author needs to change.');
  });

  it('should hide GraphQL, stack and SQL text behind a plain message', () => {
    for (const message of [
      'Variable "$input" got invalid value null at "input.value"; Expected non-nullable type "Float!" not to be null.',
      'Variable "$input" has an invalid value.',
      'Cannot query field "canReview" on type "CaseStudy".',
      'TypeError: x is undefined\n    at run (/app/dist/main.js:10:5)',
      'QueryFailedError: duplicate key value violates unique constraint "uq_slug"',
      'UPDATE case_study SET status = $1 WHERE id = $2',
    ]) {
      expect(isTechnicalMessage(message)).toBe(true);
      expect(plainMessage({ code: 'BAD_USER_INPUT', message })).toBe(GENERIC_ERROR);
    }
  });

  it('should never pass on internal errors', () => {
    expect(plainMessage({ code: 'INTERNAL_SERVER_ERROR', message: 'Something exploded' })).toBe(
      GENERIC_ERROR,
    );
    expect(plainMessage({ code: 'UNAUTHENTICATED', message: 'jwt expired' })).toBe(
      'Your session has ended. Sign in again.',
    );
  });
});
