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

import { createActionClient } from '../apollo/action-client';
import { readSessionToken } from '../auth/session';
import { keepDraft } from './comment-draft';

const uuid = z.string().uuid();
/** Only same-site paths are accepted as return addresses. */
const localPath = z
  .string()
  .regex(/^\/(?!\/)[^\s]*$/)
  .catch('/');

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

async function client(returnTo: string) {
  const token = await readSessionToken();
  if (!token) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return createActionClient(token);
}

/** Runs a mutation; on API errors returns the first message (never throws for expected failures). */
async function run(work: () => Promise<{ error?: unknown }>): Promise<string | null> {
  try {
    const { error } = await work();
    if (!error) return null;
    return toApiErrors(error)[0]?.message ?? 'Something went wrong.';
  } catch (error) {
    return toApiErrors(error)[0]?.message ?? 'Something went wrong.';
  }
}

function withError(path: string, message: string, anchor = ''): string {
  const [base] = path.split('#');
  const sep = base.includes('?') ? '&' : '?';
  return `${base}${sep}error=${encodeURIComponent(message)}${anchor}`;
}

export async function postCommentAction(formData: FormData): Promise<void> {
  const threadId = uuid.parse(text(formData, 'threadId'));
  const parentId = text(formData, 'parentId');
  const quoteCommentId = text(formData, 'quoteCommentId');
  const body = text(formData, 'body').trim();
  const back = `/discussions/${threadId}`;
  if (!body)
    redirect(
      withError(parentId ? `${back}?replyTo=${parentId}` : back, 'Enter your comment', '#reply'),
    );
  const api = await client(back);
  let id: string | undefined;
  const error = await run(async () => {
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
  if (error) {
    // Keep what was typed (e.g. a post blocked by the new-account limit) for the re-shown form.
    await keepDraft(threadId, body);
    redirect(withError(back, error, '#reply'));
  }
  // Same path, new hash: without this the client router keeps the stale thread (with JavaScript).
  revalidatePath(back);
  redirect(`${back}#comment-${id}`);
}

export async function startThreadAction(formData: FormData): Promise<void> {
  const returnTo = localPath.parse(text(formData, 'returnTo'));
  const title = text(formData, 'title').trim();
  const body = text(formData, 'body').trim();
  if (title.length < 3 || !body)
    redirect(withError(returnTo, 'Enter a title of at least 3 characters and your question'));
  const api = await client(returnTo);
  let id: string | undefined;
  const error = await run(async () => {
    const result = await api.mutate({
      mutation: StartThreadDocument,
      variables: {
        input: {
          subjectType: text(formData, 'subjectType') as ThreadSubjectType,
          subjectId: text(formData, 'subjectId') || null,
          title,
          body,
        },
      },
      errorPolicy: 'all',
    });
    id = result.data?.startThread.id;
    return result;
  });
  if (error) redirect(withError(returnTo, error));
  redirect(`/discussions/${id}`);
}

export async function reactAction(formData: FormData): Promise<void> {
  const threadId = uuid.parse(text(formData, 'threadId'));
  const commentId = uuid.parse(text(formData, 'commentId'));
  const api = await client(`/discussions/${threadId}`);
  const error = await run(() =>
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
  if (error) redirect(withError(`/discussions/${threadId}`, error));
  redirect(`/discussions/${threadId}#comment-${commentId}`);
}

export async function flagAction(formData: FormData): Promise<void> {
  const threadId = uuid.parse(text(formData, 'threadId'));
  const commentId = uuid.parse(text(formData, 'commentId'));
  const api = await client(`/discussions/${threadId}`);
  const error = await run(() =>
    api.mutate({
      mutation: FlagCommentDocument,
      variables: { input: { commentId, reason: 'OTHER' } },
      errorPolicy: 'all',
    }),
  );
  redirect(
    error
      ? withError(`/discussions/${threadId}`, error)
      : `/discussions/${threadId}?flagged=1#comment-${commentId}`,
  );
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

export async function updateNotificationSettingsAction(formData: FormData): Promise<void> {
  const api = await client('/settings/notifications');
  const frequency = z
    .enum(['DAILY', 'WEEKLY', 'OFF'])
    .catch('WEEKLY')
    .parse(text(formData, 'digestFrequency'));
  const immediate = formData.getAll('immediate').filter((v): v is string => typeof v === 'string');
  const optOuts = (['MENTION', 'REPLY'] as const).filter((k) => !immediate.includes(k));
  const error = await run(() =>
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
  redirect(error ? withError('/settings/notifications', error) : '/settings/notifications?saved=1');
}

export async function followAction(formData: FormData): Promise<void> {
  const returnTo = localPath.parse(text(formData, 'returnTo'));
  const api = await client(returnTo);
  const error = await run(() =>
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
  redirect(error ? withError(returnTo, error) : returnTo);
}

export async function moderateAction(formData: FormData): Promise<void> {
  const commentId = uuid.parse(text(formData, 'commentId'));
  const reason = text(formData, 'reason').trim();
  if (reason.length < 3)
    redirect(withError('/moderation', 'Give a reason of at least 3 characters'));
  const api = await client('/moderation');
  const error = await run(() =>
    api.mutate({
      mutation: ModerateCommentDocument,
      variables: {
        input: { commentId, action: text(formData, 'action') as ModerationAction, reason },
      },
      errorPolicy: 'all',
    }),
  );
  redirect(error ? withError('/moderation', error) : '/moderation?done=1');
}
