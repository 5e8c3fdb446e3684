import { MarkNotificationsReadDocument } from '@mic/web-data-access';
import { NextResponse } from 'next/server';
import { z } from 'zod';

import { createActionClient } from '../../../lib/apollo/action-client';
import { readSessionToken } from '../../../lib/auth/session';

const localPath = z
  .string()
  .regex(/^\/(?!\/)[^\s\\]*$/)
  .max(500);

/**
 * Opening a notification marks it read (seen), then goes to its deep link, so
 * it does not come back in the digest. Only same-site paths are followed.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const id = z.string().uuid().safeParse(url.searchParams.get('id'));
  const to = localPath.safeParse(url.searchParams.get('to'));
  const target = to.success ? to.data : '/notifications';
  const token = await readSessionToken();
  if (token && id.success) {
    await createActionClient(token)
      .mutate({
        mutation: MarkNotificationsReadDocument,
        variables: { input: { ids: [id.data] } },
        errorPolicy: 'all',
      })
      .catch(() => undefined);
  }
  return NextResponse.redirect(new URL(target, url), 303);
}
