import { EventDelegatesDocument } from '@mic/web-data-access';
import { DelegateList, delegatesSearchParamsSchema } from '@mic/web-feature-events';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../../../lib/apollo/rsc-client';
import { approveRegistrationAction, declineRegistrationAction, emailDelegatesAction } from '../../../../../lib/events/actions';
import { loadManagedEvent } from '../../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'Delegates' };

interface DelegatesPageProps {
  params: Promise<{ eventId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function DelegatesPage({ params, searchParams }: DelegatesPageProps): Promise<ReactElement> {
  const event = await loadManagedEvent((await params).eventId, 'delegates');
  const query = delegatesSearchParamsSchema.parse(await searchParams);
  const { data } = await getClient().query({
    query: EventDelegatesDocument,
    variables: { eventId: event.id, first: 100, filter: { search: query.q ?? null, status: query.status ?? null, icsOdsCode: query.ics ?? null } },
  });
  if (!data) throw new Error('Delegates are unavailable');
  return (
    <DelegateList
      eventId={event.id}
      eventTitle={event.title}
      delegates={data.eventDelegates.edges.map((e) => e.node)}
      totalCount={data.eventDelegates.totalCount}
      params={query}
      message={query.message}
      approveAction={approveRegistrationAction.bind(null, event.id)}
      declineAction={declineRegistrationAction.bind(null, event.id)}
      emailAction={emailDelegatesAction.bind(null, event.id)}
    />
  );
}
