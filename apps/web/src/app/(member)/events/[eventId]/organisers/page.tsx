import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { addEventOrganiserAction } from '../../../../../lib/events/actions';
import { loadManagedEvent } from '../../../../../lib/events/load-event';
import { OrganiserForm } from './organiser-form';

export const metadata: Metadata = { title: 'Add a co-organiser' };

interface OrganisersPageProps {
  params: Promise<{ eventId: string }>;
  searchParams: Promise<{ added?: string }>;
}

/** Organisers: add someone, by email, who may then manage the event too. */
export default async function OrganisersPage({
  params,
  searchParams,
}: OrganisersPageProps): Promise<ReactElement> {
  const event = await loadManagedEvent((await params).eventId, 'organisers');
  const added = (await searchParams).added === '1';
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={`/events/${event.id}`}>Back to the event</BackLink>
        <span className="nhsuk-caption-l">{event.title}</span>
        <h1 className="nhsuk-heading-l">Add a co-organiser</h1>
        {added ? (
          <div className="nhsuk-inset-text" role="status">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>The co-organiser has been added. They can now manage this event.</p>
          </div>
        ) : null}
        <OrganiserForm action={addEventOrganiserAction.bind(null, event.id)} />
      </div>
    </div>
  );
}
