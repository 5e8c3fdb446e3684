import { UnreadNotificationCountDocument } from '@mic/web-data-access';

import { getClient } from '../apollo/rsc-client';

/** Unread notifications for the header bell; 0 when the API cannot say (never throws). */
export async function loadUnreadCount(): Promise<number> {
  try {
    const { data } = await getClient().query({ query: UnreadNotificationCountDocument });
    return data?.unreadNotificationCount ?? 0;
  } catch {
    return 0;
  }
}
