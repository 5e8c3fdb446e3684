import { EventDelegatesDocument } from '@mic/web-data-access';
import { CheckInDesk, delegatesSearchParamsSchema } from '@mic/web-feature-events';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../../../lib/apollo/rsc-client';
import { checkInAction } from '../../../../../lib/events/actions';
import { loadManagedEvent } from '../../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'Check-in' };

interface CheckInPageProps {
  params: Promise<{ eventId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function CheckInPage({ params, searchParams }: CheckInPageProps): Promise<ReactElement> {
  const event = await loadManagedEvent((await params).eventId, 'check-in');
  const query = delegatesSearchParamsSchema.parse(await searchParams);
  const delegates = query.q
    ? ((
        await getClient().query({
          query: EventDelegatesDocument,
          variables: { eventId: event.id, first: 20, filter: { search: query.q, status: 'CONFIRMED' } },
        })
      ).data?.eventDelegates.edges.map((e) => e.node) ?? [])
    : [];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <CheckInDesk
          eventId={event.id}
          eventTitle={event.title}
          search={query.q}
          delegates={delegates}
          action={checkInAction.bind(null, event.id)}
        />
      </div>
    </div>
  );
}
