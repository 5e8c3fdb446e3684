import { ConfirmPage, formatEventWhen } from '@mic/web-feature-events';
import { SummaryList } from '@mic/web-ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { cancelEventAction } from '../../../../../lib/events/actions';
import { loadManagedEvent } from '../../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'Cancel the event' };

interface CancelEventPageProps {
  params: Promise<{ eventId: string }>;
}

/** Organisers: "Are you sure you want to cancel this event?" before everyone registered is told. */
export default async function CancelEventPage({ params }: CancelEventPageProps): Promise<ReactElement> {
  const event = await loadManagedEvent((await params).eventId, 'cancel');
  // Already cancelled (or completed): nothing to confirm.
  if (event.status !== 'DRAFT' && event.status !== 'PUBLISHED') redirect(`/events/${event.id}`);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ConfirmPage
          caption={event.title}
          heading="Are you sure you want to cancel this event?"
          confirmLabel="Yes, cancel the event"
          backHref={`/events/${event.id}`}
          backLabel="No, keep the event"
          action={cancelEventAction.bind(null, event.id)}
        >
          <SummaryList
            rows={[
              { key: 'Event', value: event.title },
              { key: 'When', value: `${formatEventWhen(event.startsAt, event.endsAt)} (UK time)` },
            ]}
          />
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>
                This cannot be undone
              </span>
            </h2>
            <p>
              {event.status === 'PUBLISHED'
                ? 'Everyone registered, and everyone on the waiting list, will be emailed that the event is cancelled, with a calendar cancellation.'
                : 'The draft will be cancelled and cannot be published.'}
            </p>
          </div>
        </ConfirmPage>
      </div>
    </div>
  );
}
