import { EventFilterOptionsDocument, EventsDocument } from '@mic/web-data-access';
import { EventList, eventsSearchParamsSchema } from '@mic/web-feature-events';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../lib/apollo/rsc-client';
import { readSessionToken } from '../../../lib/auth/session';
import { loadEditorOptions } from '../../../lib/events/editor-options';

export const metadata: Metadata = { title: 'Events' };

interface EventsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function EventsPage({ searchParams }: EventsPageProps): Promise<ReactElement> {
  const params = eventsSearchParamsSchema.parse(await searchParams);
  const client = getClient();
  const now = new Date().toISOString();
  const base = { icsOdsCode: params.ics ?? null, theme: params.theme ?? null };
  const [options, upcoming, past] = await Promise.all([
    client.query({ query: EventFilterOptionsDocument }),
    client.query({ query: EventsDocument, variables: { filter: { ...base, from: now }, first: 50 } }),
    client.query({ query: EventsDocument, variables: { filter: { ...base, to: now }, first: 50 } }),
  ]);
  if (!options.data || !upcoming.data || !past.data) throw new Error('Events are unavailable');
  const pastEvents = past.data.events.edges
    .map((e) => e.node)
    .filter((e) => new Date(e.endsAt) < new Date(now))
    .reverse();
  const canCreate = (await readSessionToken()) ? (await loadEditorOptions().catch(() => ({ canCreate: false }))).canCreate : false;
  return (
    <EventList
      canCreate={canCreate}
      upcoming={upcoming.data.events.edges.map((e) => e.node).filter((e) => e.status !== 'DRAFT')}
      past={pastEvents}
      options={options.data}
      params={params}
    />
  );
}
