import { Button } from '@mic/web-ui';
import { EventDetail } from '@mic/web-feature-events';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { cancelRegistrationAction } from '../../../../lib/events/actions';
import { loadEvent } from '../../../../lib/events/load-event';
import { readSessionToken } from '../../../../lib/auth/session';

interface EventPageProps {
  params: Promise<{ eventId: string }>;
}

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  return { title: (await loadEvent((await params).eventId)).title };
}

export default async function EventPage({ params }: EventPageProps): Promise<ReactElement> {
  const event = await loadEvent((await params).eventId);
  const reg = event.myRegistration;
  const cancelForm =
    reg && new Date(event.startsAt) > new Date() ? (
      <form action={cancelRegistrationAction.bind(null, reg.id)}>
        <Button variant="secondary">Cancel my registration</Button>
      </form>
    ) : undefined;
  return <EventDetail event={event} signedIn={!!(await readSessionToken())} cancelForm={cancelForm} />;
}
