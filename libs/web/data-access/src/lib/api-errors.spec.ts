import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from '@jest/globals';

import { hasApiErrorCode, toApiErrors } from './api-errors';

function graphQLErrors(
  errors: Array<{ message: string; extensions?: Record<string, unknown> }>,
): unknown {
  return new CombinedGraphQLErrors({ errors, data: null });
}

describe('toApiErrors', () => {
  it('should keep the code and field of a BAD_USER_INPUT error', () => {
    const error = graphQLErrors([
      {
        message: 'That password is too common.',
        extensions: { code: 'BAD_USER_INPUT', field: 'password' },
      },
    ]);
    expect(toApiErrors(error)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'password', message: 'That password is too common.' },
    ]);
  });

  it('should expand extensions.fieldErrors into one error per field', () => {
    const error = graphQLErrors([
      {
        message: 'Name is too short.',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'name',
          fieldErrors: [
            { field: 'name', message: 'Name is too short.' },
            { field: 'organisationId', message: 'Choose an organisation.' },
          ],
        },
      },
    ]);
    expect(toApiErrors(error).map((e) => e.field)).toEqual(['name', 'organisationId']);
  });

  it('should treat unknown codes as INTERNAL_SERVER_ERROR and anything else as API_UNAVAILABLE', () => {
    expect(
      toApiErrors(graphQLErrors([{ message: 'x', extensions: { code: 'WEIRD' } }]))[0]?.code,
    ).toBe('INTERNAL_SERVER_ERROR');
    expect(toApiErrors(new TypeError('fetch failed'))[0]?.code).toBe('API_UNAVAILABLE');
    expect(toApiErrors(undefined)).toEqual([]);
  });

  it('should report whether an error carries a code', () => {
    const error = graphQLErrors([
      { message: 'Bad cursor', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
    expect(hasApiErrorCode(error, 'BAD_USER_INPUT')).toBe(true);
    expect(hasApiErrorCode(error, 'NOT_FOUND')).toBe(false);
  });
});
