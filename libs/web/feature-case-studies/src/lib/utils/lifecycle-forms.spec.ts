import { describe, expect, it } from '@jest/globals';

import { LIFECYCLE_MESSAGES, lifecycleErrorsFromApi } from './lifecycle-forms';

const conflict = [
  { code: 'CONFLICT' as const, message: 'The case study is not in a state that allows this.' },
];

describe('lifecycleErrorsFromApi', () => {
  it('should explain a second archive or submit from the current status', () => {
    expect(lifecycleErrorsFromApi('archive', conflict, 'ARCHIVED')).toEqual([
      { message: LIFECYCLE_MESSAGES.alreadyArchived },
    ]);
    expect(lifecycleErrorsFromApi('submit', conflict, 'SUBMITTED')).toEqual([
      { message: 'This case study has already been submitted for review' },
    ]);
    expect(lifecycleErrorsFromApi('submit', conflict, 'PUBLISHED')[0]?.message).toBe(
      'This case study has already been published',
    );
  });

  it('should say who may archive when the API refuses', () => {
    expect(
      lifecycleErrorsFromApi('archive', [
        {
          code: 'FORBIDDEN',
          message:
            'Only members of the authoring organisation (or admins) can change this case study.',
        },
      ]),
    ).toEqual([{ message: LIFECYCLE_MESSAGES.cannotArchive }]);
  });

  it('should keep plain messages and drop technical ones', () => {
    expect(
      lifecycleErrorsFromApi('other', [
        { code: 'BAD_USER_INPUT', field: 'fileIds', message: 'Attach only files you uploaded.' },
        { code: 'INTERNAL_SERVER_ERROR', message: 'relation "x" does not exist' },
      ]),
    ).toEqual([
      { message: 'Attach only files you uploaded.' },
      { message: 'Something went wrong. Try again later.' },
    ]);
  });
});
