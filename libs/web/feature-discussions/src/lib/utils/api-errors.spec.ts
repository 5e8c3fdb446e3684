import { describe, expect, it } from '@jest/globals';
import { apiErrorsFromGraphQL, toApiErrors } from '@mic/web-data-access';

import { friendlyApiErrors } from './api-errors';

/** What Apollo Client gives a server action when the API refuses (errorPolicy 'all'). */
const refused = (...errors: Parameters<typeof apiErrorsFromGraphQL>[0]) =>
  apiErrorsFromGraphQL(errors);

describe('friendlyApiErrors', () => {
  it('should keep a domain message and the field it names, from extensions.field or extensions.fieldErrors', () => {
    expect(
      friendlyApiErrors(
        refused(
          {
            message: 'Enter a title of 3 to 200 characters',
            extensions: { code: 'BAD_USER_INPUT', field: 'title' },
          },
          {
            message: 'Invalid input',
            extensions: {
              code: 'BAD_USER_INPUT',
              fieldErrors: [{ field: 'body', message: 'Write a comment' }],
            },
          },
          { message: 'This thread is locked', extensions: { code: 'CONFLICT' } },
        ),
      ),
    ).toEqual([
      { field: 'title', message: 'Enter a title of 3 to 200 characters' },
      { field: 'body', message: 'Write a comment' },
      { message: 'This thread is locked' },
    ]);
  });

  it('should replace technical messages and unexpected codes, and ask to sign in when the session has ended', () => {
    expect(
      friendlyApiErrors(
        refused(
          {
            message: 'Variable "$input" got invalid value',
            extensions: { code: 'BAD_USER_INPUT', field: 'body' },
          },
          {
            message: 'relation "comment" does not exist',
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
          { message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } },
        ),
      ),
    ).toEqual([
      { field: 'body', message: 'Something went wrong. Try again later.' },
      { message: 'Something went wrong. Try again later.' },
      { message: 'Your session has ended. Sign in again.' },
    ]);
  });

  it('should give one generic error when there is nothing to show, and pass on an unreachable API', () => {
    expect(friendlyApiErrors([])).toEqual([{ message: 'Something went wrong. Try again later.' }]);
    expect(friendlyApiErrors(toApiErrors(new Error('fetch failed')))).toEqual([
      { message: 'Sorry, the service is unavailable. Try again later.' },
    ]);
  });
});
