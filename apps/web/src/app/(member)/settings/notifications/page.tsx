import { NotificationSettingsDocument } from '@mic/web-data-access';
import { NotificationSettingsForm } from '@mic/web-feature-discussions';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { requireSession } from '../../../../lib/auth/require-session';
import { updateNotificationSettingsAction } from '../../../../lib/discussions/actions';

export const metadata: Metadata = { title: 'Notification settings' };

interface SettingsPageProps {
  searchParams: Promise<{ saved?: string }>;
}

export default async function NotificationSettingsPage({
  searchParams,
}: SettingsPageProps): Promise<ReactElement> {
  await requireSession('/settings/notifications');
  const { saved } = await searchParams;
  const { data } = await getClient().query({ query: NotificationSettingsDocument });
  if (!data) throw new Error('notification settings unavailable');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <NotificationSettingsForm
          settings={data.notificationSettings}
          action={updateNotificationSettingsAction}
          saved={saved === '1'}
        />
      </div>
    </div>
  );
}
