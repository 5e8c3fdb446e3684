'use server';

import {
  ApproveCaseStudyDocument,
  ArchiveCaseStudyDocument,
  AttachAssessmentToCaseStudyDocument,
  CaseStudyStatusDocument,
  ReturnCaseStudyDocument,
  UpdateCaseStudyDocument,
  toApiErrors,
} from '@mic/web-data-access';
import {
  failedState,
  lifecycleErrorsFromApi,
  readReviewForm,
  reviewErrorsFromApi,
  slugSchema,
  validateReview,
} from '@mic/web-feature-case-studies';
import type { LifecycleFormState, ReviewFormState } from '@mic/web-feature-case-studies';
import type { ApolloClient } from '@apollo/client';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { createActionClient } from '../apollo/action-client';
import { readSessionToken } from '../auth/session';

/*
 * Server actions of the case study author and reviewer pages: the peer-review
 * decision (approve and publish after "are you sure", or return with
 * comments), archive, "confirm it is still current" and attaching an
 * assessment. Each returns its form state on any error (shown in the NHS
 * error summary, never the URL, never technical text) and redirects on
 * success.
 */

const text = (formData: FormData, key: string): string => {
  const value = formData.get(key);
  return typeof value === 'string' ? value.trim() : '';
};

// Any UUID shape (the API checks it is one it knows).
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

/** The case study slug from the form, or '' when it is not one. */
const slugOf = (formData: FormData): string => {
  const parsed = slugSchema.safeParse(text(formData, 'slug'));
  return parsed.success ? parsed.data : '';
};

async function tokenOrSignIn(returnTo: string): Promise<string> {
  const token = await readSessionToken();
  if (!token) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return token;
}

/** Where the case study is now (after a CONFLICT), or null when the viewer can no longer see it. */
async function currentStatus(client: ApolloClient, slug: string): Promise<string | null> {
  if (!slug) return null;
  try {
    const result = await client.query({
      query: CaseStudyStatusDocument,
      variables: { slug },
      fetchPolicy: 'no-cache',
      errorPolicy: 'all',
    });
    return result.data?.caseStudy?.status ?? null;
  } catch {
    return null;
  }
}

const SOMETHING_WRONG = [{ message: 'Something went wrong. Try again later.' }];

/**
 * The review page's decision form. `approve` checks the criteria and asks
 * "are you sure"; `confirm` publishes; `return` sends it back with comments.
 */
export async function reviewDecisionAction(
  _previous: ReviewFormState,
  formData: FormData,
): Promise<ReviewFormState> {
  const input = readReviewForm(formData);
  const slug = slugOf(formData);
  const token = await tokenOrSignIn(slug ? `/case-studies/${slug}/review` : '/case-studies/review');
  const values = { comments: input.comments, criteria: input.criteria };
  const failed = (errors: ReviewFormState['errors']): ReviewFormState => ({
    errors,
    values,
    submittedAt: Date.now(),
  });
  if (!uuid.safeParse(input.id).success || !slug) return failed(SOMETHING_WRONG);
  const invalid = validateReview(input);
  if (invalid.length) return failed(invalid);
  // First press of "Approve and publish": ask before publishing (a public action).
  if (input.intent === 'approve')
    return { errors: [], values, confirm: true, submittedAt: Date.now() };

  const client = createActionClient(token);
  const comments = input.comments || undefined;
  try {
    const result =
      input.intent === 'confirm'
        ? await client.mutate({
            mutation: ApproveCaseStudyDocument,
            variables: { input: { id: input.id, comments } },
            errorPolicy: 'all',
          })
        : await client.mutate({
            mutation: ReturnCaseStudyDocument,
            variables: { input: { id: input.id, comments } },
            errorPolicy: 'all',
          });
    if (result.error || !result.data) throw result.error ?? new Error('No result');
  } catch (error) {
    const apiErrors = toApiErrors(error);
    const status = apiErrors.some((e) => e.code === 'CONFLICT')
      ? await currentStatus(client, slug)
      : null;
    return failed(reviewErrorsFromApi(apiErrors, status));
  }
  redirect(
    input.intent === 'confirm'
      ? `/case-studies/review?published=${encodeURIComponent(slug)}`
      : '/case-studies/review?returned=1',
  );
}

/** The "are you sure" page's archive button: archives, then shows the confirmation. */
export async function archiveCaseStudyAction(
  _previous: LifecycleFormState,
  formData: FormData,
): Promise<LifecycleFormState> {
  const slug = slugOf(formData);
  const id = text(formData, 'id');
  const token = await tokenOrSignIn(slug ? `/case-studies/${slug}/archive` : '/case-studies');
  if (!uuid.safeParse(id).success || !slug) return failedState(SOMETHING_WRONG);
  const client = createActionClient(token);
  try {
    const result = await client.mutate({
      mutation: ArchiveCaseStudyDocument,
      variables: { input: { id } },
      errorPolicy: 'all',
    });
    if (result.error || !result.data) throw result.error ?? new Error('No result');
  } catch (error) {
    const apiErrors = toApiErrors(error);
    const status = apiErrors.some((e) => e.code === 'CONFLICT')
      ? await currentStatus(client, slug)
      : null;
    return failedState(lifecycleErrorsFromApi('archive', apiErrors, status));
  }
  redirect(`/case-studies/${slug}/archived`);
}

/** Owners confirm a stale case study is still current: review-by moves a year on (optimistic version check). */
export async function confirmCaseStudyCurrentAction(
  _previous: LifecycleFormState,
  formData: FormData,
): Promise<LifecycleFormState> {
  const slug = slugOf(formData);
  const id = text(formData, 'id');
  const token = await tokenOrSignIn(slug ? `/case-studies/${slug}` : '/case-studies');
  if (!uuid.safeParse(id).success || !slug) return failedState(SOMETHING_WRONG);
  const next = new Date();
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  try {
    const result = await createActionClient(token).mutate({
      mutation: UpdateCaseStudyDocument,
      variables: {
        input: {
          id,
          expectedVersion: Number(text(formData, 'expectedVersion')),
          reviewBy: next.toISOString().slice(0, 10),
          changeNote: 'Confirmed still current',
        },
      },
      errorPolicy: 'all',
    });
    if (result.error || !result.data) throw result.error ?? new Error('No result');
  } catch (error) {
    return failedState(lifecycleErrorsFromApi('other', toApiErrors(error)));
  }
  redirect(`/case-studies/${slug}`);
}

/** Attaches one of the member's submitted toolkit assessments to a case study they edit. */
export async function attachAssessmentToCaseStudyFormAction(
  _previous: LifecycleFormState,
  formData: FormData,
): Promise<LifecycleFormState> {
  const slug = slugOf(formData);
  const caseStudyId = text(formData, 'caseStudyId');
  const assessmentId = text(formData, 'assessmentId');
  const token = await tokenOrSignIn(slug ? `/case-studies/${slug}` : '/case-studies');
  if (!uuid.safeParse(caseStudyId).success || !slug) return failedState(SOMETHING_WRONG);
  if (!uuid.safeParse(assessmentId).success)
    return failedState([{ message: 'Choose one of your submitted assessments' }]);
  try {
    const result = await createActionClient(token).mutate({
      mutation: AttachAssessmentToCaseStudyDocument,
      variables: { input: { assessmentId, caseStudyId } },
      errorPolicy: 'all',
    });
    if (result.error || !result.data) throw result.error ?? new Error('No result');
  } catch (error) {
    return failedState(lifecycleErrorsFromApi('other', toApiErrors(error)));
  }
  redirect(`/case-studies/${slug}`);
}
