import { describe, expect, it } from '@jest/globals';

import {
  REVIEW_MESSAGES,
  readReviewForm,
  reviewErrorsFromApi,
  validateReview,
} from './review-form';

const form = (fields: Record<string, string | string[]>): FormData => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
};

const ALL = ['evidence', 'figures', 'contact', 'consent'];

describe('review form', () => {
  it('should read the decision, comments and ticked criteria (unknown ones dropped)', () => {
    expect(
      readReviewForm(
        form({
          id: 'a',
          slug: 'b',
          intent: 'return',
          comments: '  Add sources.  ',
          criteria: ['figures', 'bogus', 'figures'],
        }),
      ),
    ).toEqual({
      id: 'a',
      slug: 'b',
      intent: 'return',
      comments: 'Add sources.',
      criteria: ['figures'],
    });
    expect(readReviewForm(form({ intent: 'something' })).intent).toBe('approve');
  });

  it('should require comments to return, and every criterion to approve', () => {
    const returned = validateReview(readReviewForm(form({ intent: 'return', comments: '' })));
    expect(returned).toEqual([{ field: 'comments', message: REVIEW_MESSAGES.commentsRequired }]);
    const approved = validateReview(
      readReviewForm(form({ intent: 'approve', criteria: ['evidence'] })),
    );
    expect(approved).toEqual([{ field: 'criteria', message: REVIEW_MESSAGES.criteriaRequired }]);
    expect(validateReview(readReviewForm(form({ intent: 'approve', criteria: ALL })))).toEqual([]);
    expect(validateReview(readReviewForm(form({ intent: 'confirm', criteria: ALL })))).toEqual([]);
    expect(
      validateReview(readReviewForm(form({ intent: 'return', comments: 'x'.repeat(5001) })))[0]
        ?.field,
    ).toBe('comments');
  });

  it('should say a second approval found it already published, never the raw conflict', () => {
    const conflict = [
      { code: 'CONFLICT' as const, message: 'The case study is not in a state that allows this.' },
    ];
    expect(reviewErrorsFromApi(conflict, 'PUBLISHED')).toEqual([
      { message: 'This case study has already been published' },
    ]);
    expect(reviewErrorsFromApi(conflict, 'DRAFT')[0]?.message).toBe(
      'This case study has already been returned to its author',
    );
    expect(reviewErrorsFromApi(conflict, null)[0]?.message).toBe(
      'This case study is no longer waiting for review',
    );
  });

  it('should put comment errors on the comment box and hide technical text', () => {
    expect(
      reviewErrorsFromApi(
        [
          {
            code: 'BAD_USER_INPUT',
            field: 'comments',
            message: 'Say what the author needs to change.',
          },
        ],
        'SUBMITTED',
      ),
    ).toEqual([{ field: 'comments', message: 'Say what the author needs to change.' }]);
    expect(
      reviewErrorsFromApi(
        [
          {
            code: 'BAD_USER_INPUT',
            message: 'Variable "$input" got invalid value 5 at "input.id"',
          },
        ],
        'SUBMITTED',
      ),
    ).toEqual([{ message: 'Something went wrong. Try again later.' }]);
  });
});
