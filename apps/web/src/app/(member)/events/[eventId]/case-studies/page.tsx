import { EventCaseStudiesDocument } from '@mic/web-data-access';
import { CASE_STUDY_RESULTS, EventCaseStudyPicker, eventCaseStudiesSearchParamsSchema, linkedCaseStudies } from '@mic/web-feature-events';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../../../lib/apollo/rsc-client';
import { changeEventCaseStudyAction } from '../../../../../lib/events/actions';
import { loadManagedEvent } from '../../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'Case studies shown at the event' };

interface EventCaseStudiesPageProps {
  params: Promise<{ eventId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Organisers: the case studies shown at an event, and a search of every published one to add. */
export default async function EventCaseStudiesPage({ params, searchParams }: EventCaseStudiesPageProps): Promise<ReactElement> {
  const event = await loadManagedEvent((await params).eventId, 'case-studies');
  const query = eventCaseStudiesSearchParamsSchema.parse(await searchParams);
  const { data } = await getClient().query({
    query: EventCaseStudiesDocument,
    variables: { eventId: event.id, search: query.q ?? null, first: CASE_STUDY_RESULTS },
  });
  if (!data) throw new Error('Case studies are unavailable');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <EventCaseStudyPicker
          event={event}
          linked={linkedCaseStudies(event.caseStudyIds, data.eventLinkedCaseStudies)}
          results={data.caseStudies}
          params={query}
          action={changeEventCaseStudyAction.bind(null, event.id)}
        />
      </div>
    </div>
  );
}
