import { EventDetailDocument, hasApiErrorCode } from '@mic/web-data-access';
import type { EventDetailQuery } from '@mic/web-data-access';
import { eventIdSchema } from '@mic/web-feature-events';
import { notFound, redirect } from 'next/navigation';

import { getClient } from '../apollo/rsc-client';
import { readSessionToken } from '../auth/session';

export type LoadedEvent = NonNullable<EventDetailQuery['event']>;

/** The event for a page, or the 404 page. */
export async function loadEvent(rawId: string): Promise<LoadedEvent> {
  const id = eventIdSchema.safeParse(rawId);
  if (!id.success) notFound();
  const result = await getClient()
    .query({ query: EventDetailDocument, variables: { id: id.data } })
    .catch((error: unknown) => {
      if (hasApiErrorCode(error, 'BAD_USER_INPUT') || hasApiErrorCode(error, 'NOT_FOUND')) return null;
      throw error;
    });
  if (!result?.data?.event) notFound();
  return result.data.event;
}

/** Sends signed-out visitors to sign in, coming back to `returnTo`. */
export async function requireSignIn(returnTo: string): Promise<void> {
  if (!(await readSessionToken())) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
}

/** Organiser pages: signed in and managing the event, else sign-in or 404. */
export async function loadManagedEvent(rawId: string, page: string): Promise<LoadedEvent> {
  await requireSignIn(`/events/${rawId}/${page}`);
  const event = await loadEvent(rawId);
  if (!event.canManage) notFound();
  return event;
}
