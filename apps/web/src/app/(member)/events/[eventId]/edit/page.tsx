import { EventLinkedCaseStudiesDocument } from '@mic/web-data-access';
import { EventEditor } from '@mic/web-feature-events';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { getClient } from '../../../../../lib/apollo/rsc-client';
import { updateEventAction } from '../../../../../lib/events/actions';
import { loadEditorOptions } from '../../../../../lib/events/editor-options';
import { loadManagedEvent } from '../../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'Edit event' };

interface EditEventPageProps {
  params: Promise<{ eventId: string }>;
}

export default async function EditEventPage({ params }: EditEventPageProps): Promise<ReactElement> {
  const event = await loadManagedEvent((await params).eventId, 'edit');
  const [{ options }, { data: linked }] = await Promise.all([
    loadEditorOptions(),
    getClient().query({ query: EventLinkedCaseStudiesDocument, variables: { eventId: event.id } }),
  ]);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <EventEditor
          event={event}
          options={options}
          linkedCaseStudyTitles={linked?.eventLinkedCaseStudies ?? []}
          action={updateEventAction.bind(null, event.id)}
        />
      </div>
    </div>
  );
}
