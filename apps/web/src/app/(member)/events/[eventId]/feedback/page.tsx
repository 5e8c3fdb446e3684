import { EventFeedbackFormDocument } from '@mic/web-data-access';
import { FeedbackForm } from '@mic/web-feature-events';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { getClient } from '../../../../../lib/apollo/rsc-client';
import { submitEventFeedbackAction, updateEventFeedbackAction } from '../../../../../lib/events/actions';
import { loadEvent, requireSignIn } from '../../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'Give feedback' };

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
/** Only what was saved travels in the URL; problems come back to the form as its state. */
const searchSchema = z.object({
  saved: z.preprocess(first, z.enum(['submitted', 'updated']).optional().catch(undefined)),
});

interface FeedbackPageProps {
  params: Promise<{ eventId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Post-event feedback: delegates who had a place, once the event is completed; later, the same form to change it. */
export default async function FeedbackPage({ params, searchParams }: FeedbackPageProps): Promise<ReactElement> {
  const { eventId } = await params;
  await requireSignIn(`/events/${eventId}/feedback`);
  const event = await loadEvent(eventId);
  const query = searchSchema.parse(await searchParams);
  const { data } = await getClient().query({ query: EventFeedbackFormDocument, variables: { eventId: event.id } });
  if (!data) throw new Error('The feedback form is unavailable');
  if (!data.myEventFeedback && (event.status !== 'COMPLETED' || event.myRegistration?.status !== 'CONFIRMED')) notFound();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <FeedbackForm
          eventId={event.id}
          eventTitle={event.title}
          caseStudies={data.eventLinkedCaseStudies}
          given={data.myEventFeedback}
          saved={data.myEventFeedback ? query.saved : undefined}
          action={(data.myEventFeedback ? updateEventFeedbackAction : submitEventFeedbackAction).bind(null, event.id)}
        />
      </div>
    </div>
  );
}
