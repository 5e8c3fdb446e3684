import { NotificationsPageDocument } from '@mic/web-data-access';
import { NotificationList } from '@mic/web-feature-discussions';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../lib/apollo/rsc-client';
import { requireSession } from '../../../lib/auth/require-session';
import { markAllReadAction } from '../../../lib/discussions/actions';

export const metadata: Metadata = { title: 'Notifications' };

export default async function NotificationsPage(): Promise<ReactElement> {
  await requireSession('/notifications');
  const { data } = await getClient().query({ query: NotificationsPageDocument });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <NotificationList
          notifications={data?.notifications.edges.map((e) => e.node) ?? []}
          unreadCount={data?.unreadNotificationCount ?? 0}
          markAllReadAction={markAllReadAction}
        />
      </div>
    </div>
  );
}
