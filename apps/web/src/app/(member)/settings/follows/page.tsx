import { FollowedThingsDocument } from '@mic/web-data-access';
import { FollowsSettings } from '@mic/web-feature-discussions';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { requireSession } from '../../../../lib/auth/require-session';
import { setFollowLevelAction } from '../../../../lib/follows/actions';

export const metadata: Metadata = { title: 'What you follow' };

interface FollowsPageProps {
  searchParams: Promise<{ follow?: string }>;
}

export default async function FollowsSettingsPage({
  searchParams,
}: FollowsPageProps): Promise<ReactElement> {
  await requireSession('/settings/follows');
  const { follow } = await searchParams;
  const { data } = await getClient().query({
    query: FollowedThingsDocument,
    fetchPolicy: 'no-cache',
  });
  if (!data) throw new Error('follows unavailable');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <FollowsSettings
          follows={data.myFollows}
          action={setFollowLevelAction}
          saved={follow === 'stopped' || follow === 'changed' ? follow : null}
        />
      </div>
    </div>
  );
}
