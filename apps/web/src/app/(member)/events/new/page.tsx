import { EventEditor } from '@mic/web-feature-events';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';

import { createEventAction } from '../../../../lib/events/actions';
import { loadEditorOptions } from '../../../../lib/events/editor-options';
import { requireSignIn } from '../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'Create an event' };

export default async function NewEventPage(): Promise<ReactElement> {
  await requireSignIn('/events/new');
  const { options, canCreate } = await loadEditorOptions();
  if (!canCreate) notFound();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <EventEditor options={options} action={createEventAction} />
      </div>
    </div>
  );
}
