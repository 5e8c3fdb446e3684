'use server';

import {
  ApproveCaseStudyDocument,
  AttachAssessmentToCaseStudyDocument,
  ReturnCaseStudyDocument,
  SubmitCaseStudyDocument,
  UpdateCaseStudyDocument,
  toApiErrors,
} from '@mic/web-data-access';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { redirect } from 'next/navigation';

import { createActionClient } from '../apollo/action-client';
import { readSessionToken } from '../auth/session';

/*
 * Plain-form server actions for the practice library. Each validates lightly
 * (the API validates fully), calls one mutation with the session token and
 * redirects: to the result, or back with ?error=<message> shown in the NHS
 * error summary.
 */

const text = (formData: FormData, key: string): string => {
  const value = formData.get(key);
  return typeof value === 'string' ? value.trim() : '';
};

async function clientOrSignIn(returnTo: string) {
  const token = await readSessionToken();
  if (!token) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return createActionClient(token);
}

function withMessage(path: string, message: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}error=${encodeURIComponent(message.slice(0, 300))}`;
}

function withError(path: string, error: unknown): string {
  return withMessage(path, toApiErrors(error)[0]?.message ?? 'Something went wrong. Try again.');
}

/** Runs a mutation; on any error redirects back to `back` with the message. */
async function run<T>(
  back: string,
  work: () => Promise<{ data?: T | null; error?: unknown }>,
): Promise<T> {
  let result: { data?: T | null; error?: unknown };
  try {
    result = await work();
  } catch (error) {
    redirect(withError(back, error));
  }
  if (result.error || !result.data)
    redirect(withError(back, result.error ?? new Error('No result')));
  return result.data;
}

/**
 * Runs one mutation as the signed-in member (signing in first if needed);
 * on any error goes back to `back` with the message, else returns the data.
 */
async function mutate<TData, TVariables extends OperationVariables>(
  back: string,
  mutation: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const client = await clientOrSignIn(back);
  return run(back, () =>
    client.mutate<TData, TVariables>({ mutation, variables, errorPolicy: 'all' }),
  );
}

export async function submitCaseStudyAction(formData: FormData): Promise<void> {
  const back = `/case-studies/${text(formData, 'slug')}`;
  await mutate(back, SubmitCaseStudyDocument, { input: { id: text(formData, 'id') } });
  redirect(back);
}

export async function approveCaseStudyAction(formData: FormData): Promise<void> {
  const back = '/case-studies/review';
  const approved = await mutate(back, ApproveCaseStudyDocument, {
    input: { id: text(formData, 'id') },
  });
  redirect(`/case-studies/${approved.approveCaseStudy.slug}`);
}

export async function returnCaseStudyAction(formData: FormData): Promise<void> {
  const back = '/case-studies/review';
  const id = text(formData, 'id');
  await mutate(back, ReturnCaseStudyDocument, {
    input: { id, comments: text(formData, `comments-${id}`) },
  });
  redirect(back);
}

/** Owners confirm a stale case study is still current: review-by moves a year on (optimistic version check). */
export async function confirmCaseStudyAction(formData: FormData): Promise<void> {
  const back = `/case-studies/${text(formData, 'slug')}`;
  const next = new Date();
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  await mutate(back, UpdateCaseStudyDocument, {
    input: {
      id: text(formData, 'id'),
      expectedVersion: Number(text(formData, 'expectedVersion')),
      reviewBy: next.toISOString().slice(0, 10),
      changeNote: 'Confirmed still current',
    },
  });
  redirect(back);
}

/** Attaches one of the member's submitted toolkit assessments to a case study they edit. */
export async function attachAssessmentToCaseStudyAction(formData: FormData): Promise<void> {
  const back = `/case-studies/${text(formData, 'slug')}`;
  await mutate(back, AttachAssessmentToCaseStudyDocument, {
    input: {
      assessmentId: text(formData, 'assessmentId'),
      caseStudyId: text(formData, 'caseStudyId'),
    },
  });
  redirect(back);
}
