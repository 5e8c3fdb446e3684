import { MyCalendarFeedDocument, MyRegistrationsDocument } from '@mic/web-data-access';
import { MyRegistrationList } from '@mic/web-feature-events';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { resetCalendarFeedAction } from '../../../../lib/events/actions';
import { requireSignIn } from '../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'My registrations' };

export default async function MyRegistrationsPage(): Promise<ReactElement> {
  await requireSignIn('/my/registrations');
  const result = await getClient()
    .query({ query: MyRegistrationsDocument })
    .catch(() => null);
  if (!result?.data) redirect(`/sign-in?returnTo=${encodeURIComponent('/my/registrations')}`);
  const feed = await getClient()
    .query({ query: MyCalendarFeedDocument })
    .catch(() => null);
  return (
    <MyRegistrationList
      registrations={result.data.myRegistrations}
      feedUrl={feed?.data?.myCalendarFeedUrl ?? null}
      resetFeedAction={resetCalendarFeedAction}
    />
  );
}
