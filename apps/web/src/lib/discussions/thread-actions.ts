'use server';

import {
  AcceptAnswerDocument,
  DeleteCommentDocument,
  EditCommentDocument,
  SetThreadStateDocument,
  toApiErrors,
} from '@mic/web-data-access';
import { friendlyApiErrors } from '@mic/web-feature-discussions';
import type { DiscussionFormState } from '@mic/web-feature-discussions';
import type { ActionFormState } from '@mic/web-ui';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { formText as text, signedInActionClient as client } from '../actions/action-helpers';

// Pin/lock, accepted answers, edits and removals. The API checks who may do
// each (discussions.policy); the pages show the forms only to those allowed.

const uuid = z.string().uuid();
const COMMENT_MAX = 20_000;

async function run(
  work: () => Promise<{ error?: unknown }>,
): Promise<Array<{ field?: string; message: string }> | null> {
  try {
    const { error } = await work();
    return error ? friendlyApiErrors(toApiErrors(error)) : null;
  } catch (error) {
    return friendlyApiErrors(toApiErrors(error));
  }
}

function refusedOnly(errors: Array<{ message: string }>): ActionFormState {
  return { errors: errors.map((e) => ({ message: e.message })), submittedAt: Date.now() };
}

/** Pin/unpin or lock/unlock (fields threadId, field = pinned|locked, value = true|false). */
export async function threadStateAction(
  _state: ActionFormState,
  formData: FormData,
): Promise<ActionFormState> {
  const threadId = uuid.parse(text(formData, 'threadId'));
  const field = z.enum(['pinned', 'locked']).parse(text(formData, 'field'));
  const value = text(formData, 'value') === 'true';
  const back = `/discussions/${threadId}`;
  const api = await client(back);
  const errors = await run(() =>
    api.mutate({
      mutation: SetThreadStateDocument,
      variables: { input: { threadId, [field]: value } },
      errorPolicy: 'all',
    }),
  );
  if (errors) return refusedOnly(errors);
  revalidatePath(back);
  redirect(back);
}

/** Accept an answer, or clear it (fields threadId, commentId; empty commentId clears). */
export async function acceptAnswerAction(
  _state: ActionFormState,
  formData: FormData,
): Promise<ActionFormState> {
  const threadId = uuid.parse(text(formData, 'threadId'));
  const raw = text(formData, 'commentId');
  const commentId = raw ? uuid.parse(raw) : null;
  const back = `/discussions/${threadId}`;
  const api = await client(back);
  const errors = await run(() =>
    api.mutate({
      mutation: AcceptAnswerDocument,
      variables: { input: { threadId, commentId } },
      errorPolicy: 'all',
    }),
  );
  if (errors) return refusedOnly(errors);
  revalidatePath(back);
  redirect(commentId ? `${back}#comment-${commentId}` : back);
}

/** Save an edit; a refused one keeps what was typed and says why. */
export async function editCommentAction(
  _state: DiscussionFormState,
  formData: FormData,
): Promise<DiscussionFormState> {
  const threadId = uuid.parse(text(formData, 'threadId'));
  const commentId = uuid.parse(text(formData, 'commentId'));
  const typed = text(formData, 'body');
  const body = typed.trim();
  const refuse = (message: string): DiscussionFormState => ({
    errors: [{ field: 'body', message }],
    values: { body: typed },
    submittedAt: Date.now(),
  });
  if (!body) return refuse('Enter your comment');
  if (body.length > COMMENT_MAX) {
    return refuse(
      `Your comment must be ${COMMENT_MAX.toLocaleString('en-GB')} characters or fewer (it has ${body.length.toLocaleString('en-GB')})`,
    );
  }
  const back = `/discussions/${threadId}`;
  const api = await client(`${back}/comments/${commentId}/edit`);
  const errors = await run(() =>
    api.mutate({
      mutation: EditCommentDocument,
      variables: { input: { commentId, body } },
      errorPolicy: 'all',
    }),
  );
  if (errors) return refuse(errors[0]?.message ?? 'The comment could not be saved');
  revalidatePath(back);
  redirect(`${back}#comment-${commentId}`);
}

/** Remove a comment, after the confirmation page (fields threadId, commentId). */
export async function deleteCommentAction(
  _state: ActionFormState,
  formData: FormData,
): Promise<ActionFormState> {
  const threadId = uuid.parse(text(formData, 'threadId'));
  const commentId = uuid.parse(text(formData, 'commentId'));
  const back = `/discussions/${threadId}`;
  const api = await client(`${back}/comments/${commentId}/delete`);
  const errors = await run(() =>
    api.mutate({
      mutation: DeleteCommentDocument,
      variables: { input: { commentId } },
      errorPolicy: 'all',
    }),
  );
  if (errors) return refusedOnly(errors);
  revalidatePath(back);
  redirect(`${back}?removed=1#comment-${commentId}`);
}
