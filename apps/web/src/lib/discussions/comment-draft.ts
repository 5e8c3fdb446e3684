import { cookies } from 'next/headers';

import { serverEnv } from '../config/server-env';

/**
 * A refused comment's text (e.g. blocked by the new-account posting limit),
 * kept in a short-lived cookie scoped to its thread page so the re-shown form
 * (with or without JavaScript) still holds what was typed. Cookies hold about
 * 4 KB, so a very long draft cannot be kept this way.
 */
const DRAFT_COOKIE = 'mic_comment_draft';
const DRAFT_MAX_ENCODED = 3500;

/** Server actions only. */
export async function keepDraft(threadId: string, body: string): Promise<void> {
  const value = encodeURIComponent(body);
  if (value.length > DRAFT_MAX_ENCODED) return;
  (await cookies()).set({
    name: DRAFT_COOKIE,
    value,
    httpOnly: true,
    sameSite: 'lax',
    secure: serverEnv().NODE_ENV === 'production',
    path: `/discussions/${threadId}`,
    maxAge: 600,
  });
}

/** The kept draft for the thread page being rendered, if any. */
export async function readCommentDraft(): Promise<string | undefined> {
  const value = (await cookies()).get(DRAFT_COOKIE)?.value;
  if (!value) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
