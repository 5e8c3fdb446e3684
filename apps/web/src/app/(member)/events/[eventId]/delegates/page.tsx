import { randomUUID } from 'node:crypto';

import { DelegateListOptionsDocument, EventDelegatesDocument } from '@mic/web-data-access';
import { DelegateList, delegatesApiFilter, delegatesSearchParamsSchema } from '@mic/web-feature-events';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../../../lib/apollo/rsc-client';
import { delegateListAction } from '../../../../../lib/events/actions';
import { loadManagedEvent } from '../../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'Delegates' };

interface DelegatesPageProps {
  params: Promise<{ eventId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function DelegatesPage({ params, searchParams }: DelegatesPageProps): Promise<ReactElement> {
  const event = await loadManagedEvent((await params).eventId, 'delegates');
  const query = delegatesSearchParamsSchema.parse(await searchParams);
  const client = getClient();
  const [{ data }, { data: options }] = await Promise.all([
    client.query({ query: EventDelegatesDocument, variables: { eventId: event.id, first: 100, filter: delegatesApiFilter(query) } }),
    client.query({ query: DelegateListOptionsDocument, variables: { from: new Date().toISOString() } }),
  ]);
  if (!data || !options) throw new Error('Delegates are unavailable');
  const moveTargets = options.events.edges
    .map((e) => e.node)
    .filter((e) => e.canManage && e.id !== event.id && new Date(e.startsAt) > new Date());
  return (
    <DelegateList
      eventId={event.id}
      eventTitle={event.title}
      delegates={data.eventDelegates.edges.map((e) => e.node)}
      totalCount={data.eventDelegates.totalCount}
      params={query}
      icss={options.icss}
      organisationTypes={options.organisationTypes}
      moveTargets={moveTargets}
      emailKey={randomUUID()}
      action={delegateListAction.bind(null, event.id)}
    />
  );
}
