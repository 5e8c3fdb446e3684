import type { ApiError } from '@mic/web-data-access';

import { plainMessage } from './plain-errors';
import type { ReviewCriterionKey } from './review-criteria';
import { REVIEW_CRITERIA } from './review-criteria';

/**
 * The peer-review decision form: one comment box, the criteria checklist and
 * two decisions. "Return to author" needs comments; "Approve and publish"
 * needs every criterion confirmed and then asks "are you sure" (a second
 * POST with intent=confirm), since publishing is public.
 */

export type ReviewField = 'criteria' | 'comments';
export type ReviewIntent = 'approve' | 'return' | 'confirm';

export interface ReviewFormError {
  field?: ReviewField;
  message: string;
}

export interface ReviewFormState {
  errors: ReviewFormError[];
  values: { comments: string; criteria: ReviewCriterionKey[] };
  /** Set when "Approve and publish" passed the checks: show the "are you sure" step. */
  confirm?: boolean;
  /** Set on every failed submission, so the error summary re-mounts and takes focus. */
  submittedAt?: number;
}

export const emptyReviewFormState = (): ReviewFormState => ({
  errors: [],
  values: { comments: '', criteria: [] },
});

export const REVIEW_COMMENTS_MAX = 5000;

export const REVIEW_MESSAGES = {
  commentsRequired: 'Enter comments for the author: say what they need to change',
  commentsTooLong: `Comments must be ${REVIEW_COMMENTS_MAX.toLocaleString('en-GB')} characters or fewer`,
  criteriaRequired: 'Confirm you have checked every review criterion before you approve it',
  alreadyPublished: 'This case study has already been published',
  alreadyReturned: 'This case study has already been returned to its author',
  archived: 'This case study has been archived',
  notWaiting: 'This case study is no longer waiting for review',
} as const;

export interface ReviewFormInput {
  id: string;
  slug: string;
  intent: ReviewIntent;
  comments: string;
  criteria: ReviewCriterionKey[];
}

const text = (formData: FormData, key: string): string => {
  const value = formData.get(key);
  return typeof value === 'string' ? value.trim() : '';
};

export function readReviewForm(formData: FormData): ReviewFormInput {
  const intent = text(formData, 'intent');
  const criteria = formData
    .getAll('criteria')
    .filter((v): v is ReviewCriterionKey => (REVIEW_CRITERIA as readonly unknown[]).includes(v));
  return {
    id: text(formData, 'id'),
    slug: text(formData, 'slug'),
    intent: intent === 'return' || intent === 'confirm' ? intent : 'approve',
    comments: text(formData, 'comments'),
    criteria: [...new Set(criteria)],
  };
}

/** The checks made before the API is called (the API checks the comments again). */
export function validateReview(input: ReviewFormInput): ReviewFormError[] {
  const errors: ReviewFormError[] = [];
  if (input.intent !== 'return' && input.criteria.length < REVIEW_CRITERIA.length)
    errors.push({ field: 'criteria', message: REVIEW_MESSAGES.criteriaRequired });
  if (input.intent === 'return' && !input.comments)
    errors.push({ field: 'comments', message: REVIEW_MESSAGES.commentsRequired });
  if (input.comments.length > REVIEW_COMMENTS_MAX)
    errors.push({ field: 'comments', message: REVIEW_MESSAGES.commentsTooLong });
  return errors;
}

/** What a CONFLICT (no longer SUBMITTED) means, from where the case study is now. */
export function alreadyDecidedMessage(status: string | null | undefined): string {
  switch (status) {
    case 'PUBLISHED':
      return REVIEW_MESSAGES.alreadyPublished;
    case 'DRAFT':
      return REVIEW_MESSAGES.alreadyReturned;
    case 'ARCHIVED':
      return REVIEW_MESSAGES.archived;
    default:
      return REVIEW_MESSAGES.notWaiting;
  }
}

/**
 * API errors as form errors. CONFLICT (someone decided first, or a second
 * click) says what happened, from the status the case study has now; comment
 * errors go to the comment box; nothing technical gets through.
 */
export function reviewErrorsFromApi(
  apiErrors: readonly ApiError[],
  currentStatus: string | null | undefined,
): ReviewFormError[] {
  const seen = new Set<string>();
  const out: ReviewFormError[] = [];
  for (const error of apiErrors) {
    const mapped: ReviewFormError =
      error.code === 'CONFLICT'
        ? { message: alreadyDecidedMessage(currentStatus) }
        : error.code === 'BAD_USER_INPUT' && error.field === 'comments'
          ? { field: 'comments', message: plainMessage(error) }
          : { message: plainMessage(error) };
    const key = `${mapped.field ?? ''}:${mapped.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(mapped);
  }
  return out.length ? out : [{ message: 'Something went wrong. Try again later.' }];
}
