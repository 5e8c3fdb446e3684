'use server';

import {
  FlagCommentDocument,
  FollowDocument,
  MarkNotificationsReadDocument,
  ModerateCommentDocument,
  PostCommentDocument,
  ReactDocument,
  StartThreadDocument,
  UpdateNotificationSettingsDocument,
  toApiErrors,
} from '@mic/web-data-access';
import { friendlyApiErrors } from '@mic/web-feature-discussions';
import type { DiscussionFormState } from '@mic/web-feature-discussions';
import type { ActionFormState } from '@mic/web-ui';
import type {
  DigestFrequency,
  EmailKind,
  FollowLevel,
  FollowTargetType,
  ModerationAction,
  ReactionKind,
  ThreadSubjectType,
} from '@mic/web-data-access';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { formText as text, signedInActionClient as client } from '../actions/action-helpers';

const uuid = z.string().uuid();
/** Only same-site paths are accepted as return addresses. */
const localPath = z
  .string()
  .regex(/^\/(?!\/)[^\s]*$/)
  .catch('/');

/** Plain-English errors for what the API refused (see `friendlyApiErrors`). */
function friendly(error: unknown): Array<{ field?: string; message: string }> {
  return friendlyApiErrors(toApiErrors(error));
}

/** Runs a mutation; on API errors returns plain-English errors (never throws for expected failures). */
async function run(
  work: () => Promise<{ error?: unknown }>,
): Promise<Array<{ field?: string; message: string }> | null> {
  try {
    const { error } = await work();
    return error ? friendly(error) : null;
  } catch (error) {
    return friendly(error);
  }
}

function refused(
  errors: Array<{ field?: string; message: string }>,
  values: Record<string, string>,
): DiscussionFormState {
  return { errors, values, submittedAt: Date.now() };
}

/** The API's limits for threads and comments (checked here first, so the API's own text never shows). */
const TITLE_MIN = 3;
const TITLE_MAX = 200;
const COMMENT_MAX = 20_000;

function commentProblem(body: string): string | null {
  if (!body) return 'Enter your comment';
  if (body.length > COMMENT_MAX) {
    return `Your comment must be ${COMMENT_MAX.toLocaleString('en-GB')} characters or fewer (it has ${body.length.toLocaleString('en-GB')})`;
  }
  return null;
}

export async function postCommentAction(
  _state: DiscussionFormState,
  formData: FormData,
): Promise<DiscussionFormState> {
  const threadId = uuid.parse(text(formData, 'threadId'));
  const parentId = text(formData, 'parentId');
  const quoteCommentId = text(formData, 'quoteCommentId');
  const typed = text(formData, 'body');
  const body = typed.trim();
  const back = `/discussions/${threadId}`;
  const problem = commentProblem(body);
  if (problem) return refused([{ field: 'body', message: problem }], { body: typed });
  const api = await client(back);
  let id: string | undefined;
  const errors = await run(async () => {
    const result = await api.mutate({
      mutation: PostCommentDocument,
      variables: {
        input: {
          threadId,
          body,
          parentId: uuid.safeParse(parentId).success ? parentId : null,
          quoteCommentId: uuid.safeParse(quoteCommentId).success ? quoteCommentId : null,
        },
      },
      errorPolicy: 'all',
    });
    id = result.data?.postComment.id;
    return result;
  });
  // A refused post (e.g. the new-account posting limit) keeps what was typed.
  if (errors)
    return refused(
      errors.map((e) => ({ field: 'body', message: e.message })),
      { body: typed },
    );
  // Same path, new hash: without this the client router keeps the stale thread (with JavaScript).
  revalidatePath(back);
  redirect(`${back}#comment-${id}`);
}

export async function startThreadAction(
  _state: DiscussionFormState,
  formData: FormData,
): Promise<DiscussionFormState> {
  const returnTo = localPath.parse(text(formData, 'returnTo'));
  const clientKey = /^[A-Za-z0-9_-]{8,64}$/.test(text(formData, 'clientKey'))
    ? text(formData, 'clientKey')
    : null;
  // The form token goes back with a refusal, so sending again cannot start a second thread.
  const typed = {
    title: text(formData, 'title'),
    body: text(formData, 'body'),
    ...(clientKey ? { clientKey } : {}),
  };
  const title = typed.title.trim();
  const body = typed.body.trim();
  const problems: Array<{ field: string; message: string }> = [];
  if (title.length < TITLE_MIN) {
    problems.push({
      field: 'title',
      message: title ? `The title must be ${TITLE_MIN} characters or more` : 'Enter a title',
    });
  } else if (title.length > TITLE_MAX) {
    problems.push({
      field: 'title',
      message: `The title must be ${TITLE_MAX} characters or fewer`,
    });
  }
  const bodyProblem = commentProblem(body);
  if (bodyProblem) {
    problems.push({
      field: 'body',
      message:
        bodyProblem === 'Enter your comment' ? 'Enter your question or comment' : bodyProblem,
    });
  }
  if (problems.length) return refused(problems, typed);
  const api = await client(returnTo);
  let id: string | undefined;
  const errors = await run(async () => {
    const result = await api.mutate({
      mutation: StartThreadDocument,
      variables: {
        input: {
          subjectType: text(formData, 'subjectType') as ThreadSubjectType,
          subjectId: text(formData, 'subjectId') || null,
          title,
          body,
          clientKey,
        },
      },
      errorPolicy: 'all',
    });
    id = result.data?.startThread.id;
    return result;
  });
  if (errors) {
    return refused(
      errors.map((e) => ({
        field: e.field === 'title' || e.field === 'body' ? e.field : undefined,
        message: e.message,
      })),
      typed,
    );
  }
  redirect(`/discussions/${id}`);
}

/** For one-button forms (react, report, follow): what the ActionForm shows when refused. */
function refusedOnly(errors: Array<{ field?: string; message: string }>): ActionFormState {
  return { errors: errors.map((e) => ({ message: e.message })), submittedAt: Date.now() };
}

export async function reactAction(
  _state: ActionFormState,
  formData: FormData,
): Promise<ActionFormState> {
  const threadId = uuid.parse(text(formData, 'threadId'));
  const commentId = uuid.parse(text(formData, 'commentId'));
  const api = await client(`/discussions/${threadId}`);
  const errors = await run(() =>
    api.mutate({
      mutation: ReactDocument,
      variables: {
        input: {
          commentId,
          kind: text(formData, 'kind') as ReactionKind,
          active: text(formData, 'active') !== 'false',
        },
      },
      errorPolicy: 'all',
    }),
  );
  if (errors) return refusedOnly(errors);
  revalidatePath(`/discussions/${threadId}`);
  redirect(`/discussions/${threadId}#comment-${commentId}`);
}

export async function flagAction(
  _state: ActionFormState,
  formData: FormData,
): Promise<ActionFormState> {
  const threadId = uuid.parse(text(formData, 'threadId'));
  const commentId = uuid.parse(text(formData, 'commentId'));
  const api = await client(`/discussions/${threadId}`);
  const errors = await run(() =>
    api.mutate({
      mutation: FlagCommentDocument,
      variables: { input: { commentId, reason: 'OTHER' } },
      errorPolicy: 'all',
    }),
  );
  if (errors) return refusedOnly(errors);
  redirect(`/discussions/${threadId}?flagged=1#comment-${commentId}`);
}

export async function markAllReadAction(): Promise<void> {
  const api = await client('/notifications');
  await run(() =>
    api.mutate({
      mutation: MarkNotificationsReadDocument,
      variables: { input: { all: true } },
      errorPolicy: 'all',
    }),
  );
  // The header's unread count lives in the root layout: refresh it with the page.
  revalidatePath('/', 'layout');
  redirect('/notifications');
}

export async function updateNotificationSettingsAction(
  _state: ActionFormState,
  formData: FormData,
): Promise<ActionFormState> {
  const api = await client('/settings/notifications');
  const frequency = z
    .enum(['DAILY', 'WEEKLY', 'OFF'])
    .catch('WEEKLY')
    .parse(text(formData, 'digestFrequency'));
  const immediate = formData.getAll('immediate').filter((v): v is string => typeof v === 'string');
  const optOuts = (['MENTION', 'REPLY', 'WATCHING'] as const).filter((k) => !immediate.includes(k));
  const errors = await run(() =>
    api.mutate({
      mutation: UpdateNotificationSettingsDocument,
      variables: {
        input: {
          digestFrequency: frequency as DigestFrequency,
          emailOptOuts: optOuts as EmailKind[],
        },
      },
      errorPolicy: 'all',
    }),
  );
  if (errors) return refusedOnly(errors);
  redirect('/settings/notifications?saved=1');
}

export async function followAction(
  _state: ActionFormState,
  formData: FormData,
): Promise<ActionFormState> {
  const returnTo = localPath.parse(text(formData, 'returnTo'));
  const api = await client(returnTo);
  const errors = await run(() =>
    api.mutate({
      mutation: FollowDocument,
      variables: {
        input: {
          targetType: text(formData, 'targetType') as FollowTargetType,
          targetId: text(formData, 'targetId'),
          level: text(formData, 'level') as FollowLevel,
        },
      },
      errorPolicy: 'all',
    }),
  );
  if (errors) return refusedOnly(errors);
  revalidatePath(returnTo.split('#')[0] ?? '/');
  redirect(returnTo);
}

const MODERATION_ACTIONS = ['HIDE', 'RESTORE', 'DISMISS', 'WARN'] as const;

/**
 * A moderation decision. Hiding removes the comment for everyone, so the
 * first submission of HIDE asks "Are you sure?" (the form shows the question
 * with a warning button); only `confirmed=yes` records it.
 */
export async function moderateAction(
  _state: DiscussionFormState,
  formData: FormData,
): Promise<DiscussionFormState> {
  const commentId = uuid.parse(text(formData, 'commentId'));
  const decision = z.enum(MODERATION_ACTIONS).safeParse(text(formData, 'action'));
  const typedReason = text(formData, 'reason');
  const reason = typedReason.trim();
  const values = { action: decision.success ? decision.data : '', reason: typedReason };
  const problems: Array<{ field: string; message: string }> = [];
  if (!decision.success) problems.push({ field: 'action', message: 'Choose a decision' });
  if (reason.length < 3) {
    problems.push({
      field: 'reason',
      message: reason
        ? 'The reason must be 3 characters or more'
        : 'Enter the reason for your decision',
    });
  } else if (reason.length > 500) {
    problems.push({ field: 'reason', message: 'The reason must be 500 characters or fewer' });
  }
  if (problems.length || !decision.success) return refused(problems, values);
  const confirmed = text(formData, 'confirmed');
  if (decision.data === 'HIDE' && confirmed !== 'yes') {
    // "No, go back" returns to the form as it was; the first HIDE asks first.
    return confirmed === 'no'
      ? { errors: [], values }
      : { errors: [], values: { ...values, confirm: 'ask' } };
  }
  const api = await client('/moderation');
  const errors = await run(() =>
    api.mutate({
      mutation: ModerateCommentDocument,
      variables: {
        input: { commentId, action: decision.data as ModerationAction, reason },
      },
      errorPolicy: 'all',
    }),
  );
  if (errors) return refused(errors, values);
  revalidatePath('/moderation');
  redirect('/moderation?done=1');
}
