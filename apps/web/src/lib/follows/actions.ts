'use server';

import { FollowDocument, toApiErrors, UnfollowDocument } from '@mic/web-data-access';
import type { FollowLevel, FollowTargetType } from '@mic/web-data-access';
import { friendlyApiErrors } from '@mic/web-feature-discussions';
import type { ActionFormState } from '@mic/web-ui';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { formText as text } from '../actions/action-helpers';
import { createActionClient } from '../apollo/action-client';
import { readSessionToken } from '../auth/session';

const TARGET_TYPES = [
  'THREAD',
  'CASE_STUDY',
  'TOOLKIT',
  'EVENT',
  'THEME',
  'ICS',
  'ORGANISATION',
] as const satisfies readonly FollowTargetType[];

const input = z.object({
  targetType: z.enum(TARGET_TYPES),
  targetId: z.string().trim().min(1).max(120),
  level: z.enum(['WATCHING', 'NORMAL', 'MUTED', 'NONE']),
  /** Only same-site paths are accepted as return addresses. */
  returnTo: z
    .string()
    .regex(/^\/(?!\/)[^\s]*$/)
    .catch('/'),
});

function withFlag(path: string, flag: string): string {
  const [base, hash] = path.split('#');
  const url = `${base}${base.includes('?') ? '&' : '?'}follow=${flag}`;
  return hash ? `${url}#${hash}` : url;
}

/**
 * Follow at a level, or stop following (`NONE`), from any follow control or
 * /settings/follows; works without JavaScript. Comes back to `returnTo`.
 */
export async function setFollowLevelAction(
  _state: ActionFormState,
  formData: FormData,
): Promise<ActionFormState> {
  const parsed = input.safeParse({
    targetType: text(formData, 'targetType'),
    targetId: text(formData, 'targetId'),
    level: text(formData, 'level'),
    returnTo: text(formData, 'returnTo'),
  });
  if (!parsed.success) {
    return { errors: [{ message: 'Choose how closely to follow it' }], submittedAt: Date.now() };
  }
  const { targetType, targetId, level, returnTo } = parsed.data;
  const token = await readSessionToken();
  if (!token) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  const api = createActionClient(token);
  try {
    const result =
      level === 'NONE'
        ? await api.mutate({
            mutation: UnfollowDocument,
            variables: { input: { targetType, targetId } },
            errorPolicy: 'all',
          })
        : await api.mutate({
            mutation: FollowDocument,
            variables: { input: { targetType, targetId, level: level as FollowLevel } },
            errorPolicy: 'all',
          });
    const errors = result.error ? toApiErrors(result.error) : [];
    // Stopping what was not followed is already done.
    const real = errors.filter((e) => !(level === 'NONE' && e.code === 'NOT_FOUND'));
    if (real.length) {
      return {
        errors: friendlyApiErrors(real).map((e) => ({ message: e.message })),
        submittedAt: Date.now(),
      };
    }
  } catch (error) {
    return {
      errors: friendlyApiErrors(toApiErrors(error)).map((e) => ({ message: e.message })),
      submittedAt: Date.now(),
    };
  }
  revalidatePath(returnTo.split(/[?#]/)[0] || '/');
  redirect(withFlag(returnTo, level === 'NONE' ? 'stopped' : 'changed'));
}
