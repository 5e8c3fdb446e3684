import { EventDelegateDocument, hasApiErrorCode } from '@mic/web-data-access';
import { DelegateDetail, eventIdSchema } from '@mic/web-feature-events';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../../../lib/apollo/rsc-client';
import { loadManagedEvent } from '../../../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'Delegate' };

interface DelegatePageProps {
  params: Promise<{ eventId: string; registrationId: string }>;
}

/** Organisers: one delegate's details and the history of their registration. */
export default async function DelegatePage({ params }: DelegatePageProps): Promise<ReactElement> {
  const { eventId, registrationId } = await params;
  const event = await loadManagedEvent(eventId, `delegates/${registrationId}`);
  if (!eventIdSchema.safeParse(registrationId).success) notFound();
  const result = await getClient()
    .query({ query: EventDelegateDocument, variables: { registrationId } })
    .catch((error: unknown) => {
      if (hasApiErrorCode(error, 'NOT_FOUND') || hasApiErrorCode(error, 'FORBIDDEN')) return null;
      throw error;
    });
  const delegate = result?.data?.eventDelegate;
  // A registration of another event is not found here (its own event's page shows it).
  if (!delegate || delegate.registration.eventId !== event.id) notFound();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <DelegateDetail event={event} delegate={delegate} />
      </div>
    </div>
  );
}
