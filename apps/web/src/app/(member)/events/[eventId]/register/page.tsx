import { RegistrationForm } from '@mic/web-feature-events';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { registerForEventAction } from '../../../../../lib/events/actions';
import { loadEvent, requireSignIn } from '../../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'Register for an event' };

interface RegisterPageProps {
  params: Promise<{ eventId: string }>;
}

export default async function RegisterPage({ params }: RegisterPageProps): Promise<ReactElement> {
  const { eventId } = await params;
  await requireSignIn(`/events/${eventId}/register`);
  const event = await loadEvent(eventId);
  if (event.myRegistration) redirect(`/my/registrations/${event.myRegistration.id}`);
  if (event.status !== 'PUBLISHED') redirect(`/events/${event.id}`);
  const types = Object.fromEntries(event.questions.map((q) => [q.id, q.type]));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <RegistrationForm eventTitle={event.title} questions={event.questions} action={registerForEventAction.bind(null, event.id, types)} />
      </div>
    </div>
  );
}
