import { describe, expect, it } from '@jest/globals';
import { apiErrorsFromGraphQL, toApiErrors } from '@mic/web-data-access';
import { errorSummaryItems } from '@mic/web-ui';

import {
  editorErrorsFromApi,
  feedbackErrorsFromApi,
  firstApiMessage,
  messagesOnly,
  registrationErrorsFromApi,
} from './event-api-errors';

/** What Apollo Client gives a server action when the API refuses (errorPolicy 'all'). */
const refused = (...errors: Parameters<typeof apiErrorsFromGraphQL>[0]) =>
  apiErrorsFromGraphQL(errors);

describe('registrationErrorsFromApi', () => {
  const questionTypes = { 'q1-id': 'TEXT', 'q2-id': 'CHOICE' };

  it('should put a question the API names (extensions.field) on its input: the text box or the first option', () => {
    const errors = registrationErrorsFromApi(
      refused(
        { message: 'Answer the question', extensions: { code: 'BAD_USER_INPUT', field: 'q1-id' } },
        { message: 'Choose an answer', extensions: { code: 'BAD_USER_INPUT', field: 'q2-id' } },
      ),
      questionTypes,
    );
    expect(errors).toEqual([
      { field: 'q-q1-id', message: 'Answer the question' },
      { field: 'q-q2-id-0', message: 'Choose an answer' },
    ]);
    expect(errorSummaryItems(errors)).toEqual([
      { fieldId: 'q-q1-id', message: 'Answer the question' },
      { fieldId: 'q-q2-id-0', message: 'Choose an answer' },
    ]);
  });

  it('should expand extensions.fieldErrors, keep consent, and list an unknown field or no field unlinked', () => {
    const errors = registrationErrorsFromApi(
      refused(
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldErrors: [
              { field: 'consent', message: 'Agree to the privacy notice' },
              { field: 'unknown-question', message: 'No such question' },
            ],
          },
        },
        { message: 'The event is full', extensions: { code: 'CONFLICT' } },
      ),
      questionTypes,
    );
    expect(errors).toEqual([
      { field: 'consent', message: 'Agree to the privacy notice' },
      { message: 'No such question' },
      { message: 'The event is full' },
    ]);
    expect(errorSummaryItems(errors).map((item) => item.fieldId)).toEqual([
      'consent',
      undefined,
      undefined,
    ]);
  });

  it('should turn a failure to reach the API into one unlinked error', () => {
    expect(
      registrationErrorsFromApi(toApiErrors(new Error('fetch failed')), questionTypes),
    ).toEqual([{ message: 'Sorry, the service is unavailable. Try again later.' }]);
  });
});

describe('editorErrorsFromApi', () => {
  it('should keep the editor’s own fields, mark every part of a date field, and list others unlinked', () => {
    expect(
      editorErrorsFromApi(
        refused(
          {
            message: 'Invalid input',
            extensions: {
              code: 'BAD_USER_INPUT',
              fieldErrors: [
                { field: 'title', message: 'Enter a title' },
                { field: 'endsAt', message: 'The end must be after the start' },
                { field: 'caseStudyIds', message: 'Not published' },
              ],
            },
          },
          {
            message: 'Someone else changed this event',
            extensions: { code: 'CONFLICT', domainCode: 'EVENT_VERSION_CONFLICT' },
          },
        ),
      ),
    ).toEqual([
      { field: 'title', message: 'Enter a title' },
      {
        field: 'endsAt',
        message: 'The end must be after the start',
        parts: ['day', 'month', 'year', 'time'],
      },
      { message: 'Not published' },
      { message: 'Someone else changed this event' },
    ]);
  });
});

describe('feedbackErrorsFromApi', () => {
  it('should put the API’s interestedCaseStudyIds on the interested boxes and everything else in the summary', () => {
    expect(
      feedbackErrorsFromApi(
        refused(
          {
            message: 'Not linked to this event',
            extensions: { code: 'BAD_USER_INPUT', field: 'interestedCaseStudyIds' },
          },
          {
            message: 'Rating must be 1 to 5',
            extensions: { code: 'BAD_USER_INPUT', field: 'rating' },
          },
        ),
      ),
    ).toEqual([
      { field: 'interested', message: 'Not linked to this event' },
      { message: 'Rating must be 1 to 5' },
    ]);
  });
});

describe('firstApiMessage and messagesOnly', () => {
  it('should give the first message, or a fallback when there is none, and every message unlinked', () => {
    const errors = refused(
      { message: 'No ticket has that code', extensions: { code: 'NOT_FOUND', field: 'code' } },
      { message: 'Second', extensions: { code: 'FORBIDDEN' } },
    );
    expect(firstApiMessage(errors)).toBe('No ticket has that code');
    expect(firstApiMessage([])).toBe('Something went wrong. Try again.');
    expect(messagesOnly(errors)).toEqual([
      { message: 'No ticket has that code' },
      { message: 'Second' },
    ]);
  });
});
