import { describe, expect, it } from '@jest/globals';
import { apiErrorsFromGraphQL } from '@mic/web-data-access';

import { assessmentErrorsFromApi, startAssessmentError } from './assessment-errors';

/** What Apollo Client gives a server action when the API refuses (errorPolicy 'all'). */
const refused = (...errors: Parameters<typeof apiErrorsFromGraphQL>[0]) =>
  apiErrorsFromGraphQL(errors);

describe('assessmentErrorsFromApi', () => {
  it('should put each refused answer on its question (extensions.field or fieldErrors) and drop unlinked ones then', () => {
    expect(
      assessmentErrorsFromApi(
        refused(
          {
            message: 'Invalid answers',
            extensions: {
              code: 'BAD_USER_INPUT',
              fieldErrors: [
                { field: 'ready', message: 'Choose 1 to 5' },
                { field: 'lead', message: 'Choose one of the options' },
              ],
            },
          },
          { message: 'Also this', extensions: { code: 'BAD_USER_INPUT' } },
        ),
      ),
    ).toEqual([
      { field: 'ready', message: 'Choose 1 to 5' },
      { field: 'lead', message: 'Choose one of the options' },
    ]);
  });

  it('should give the first error alone when none names a question, replacing technical text', () => {
    expect(
      assessmentErrorsFromApi(
        refused({ message: 'Already submitted', extensions: { code: 'CONFLICT' } }),
      ),
    ).toEqual([{ message: 'Already submitted' }]);
    expect(
      assessmentErrorsFromApi(
        refused({
          message: 'Variable "$input" got invalid value',
          extensions: { code: 'BAD_USER_INPUT', field: 'x' },
        }),
      ),
    ).toEqual([{ field: 'x', message: 'Your answers could not be saved. Try again later.' }]);
    expect(
      assessmentErrorsFromApi(
        refused({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      ),
    ).toEqual([{ message: 'Your answers could not be saved. Try again later.' }]);
    expect(assessmentErrorsFromApi([])).toEqual([
      { message: 'Your answers could not be saved. Try again later.' },
    ]);
  });
});

describe('startAssessmentError', () => {
  it('should give the API’s reason a person can act on, or a generic one', () => {
    expect(
      startAssessmentError(
        refused({ message: 'This toolkit has no form', extensions: { code: 'NOT_FOUND' } }),
      ),
    ).toBe('This toolkit has no form');
    expect(
      startAssessmentError(
        refused({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      ),
    ).toBe('The assessment could not be started. Try again later.');
  });
});
