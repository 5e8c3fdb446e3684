import { Button } from '@mic/web-ui';
import { EventDetail } from '@mic/web-feature-events';
import type { Metadata } from 'next';
import type { ReactElement } from 'react';

import { completeEventAction, publishEventAction } from '../../../../lib/events/actions';
import { loadEvent } from '../../../../lib/events/load-event';
import { readSessionToken } from '../../../../lib/auth/session';
import { SubjectDiscussion } from '../../../../lib/discussions/subject-discussion';
import { FollowSection } from '../../../../lib/follows/follow-block';

interface EventPageProps {
  params: Promise<{ eventId: string }>;
}

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  return { title: (await loadEvent((await params).eventId)).title };
}

export default async function EventPage({ params }: EventPageProps): Promise<ReactElement> {
  const event = await loadEvent((await params).eventId);
  const reg = event.myRegistration;
  // Cancelling asks "Are you sure?" first, on its own page (works without JavaScript).
  const cancelForm =
    reg && new Date(event.startsAt) > new Date() ? (
      <p>
        <a href={`/my/registrations/${reg.id}/cancel`}>Cancel my registration</a>
      </p>
    ) : undefined;
  const organiserActions = event.canManage ? (
    <>
      <p>
        <a href={`/events/${event.id}/edit`}>
          Edit the event, dates, deadline, quotas and questions
        </a>
      </p>
      {event.status === 'DRAFT' ? (
        <form action={publishEventAction.bind(null, event.id)}>
          <Button>Publish and open registration</Button>
        </form>
      ) : null}
      {event.status === 'PUBLISHED' && new Date(event.startsAt) <= new Date() ? (
        <form action={completeEventAction.bind(null, event.id)}>
          <Button>Mark as completed and open feedback</Button>
        </form>
      ) : null}
      {event.status === 'DRAFT' || event.status === 'PUBLISHED' ? (
        <Button variant="warning" href={`/events/${event.id}/cancel`}>
          Cancel the event
        </Button>
      ) : null}
    </>
  ) : undefined;
  return (
    <>
      <EventDetail
        event={event}
        signedIn={!!(await readSessionToken())}
        cancelForm={cancelForm}
        organiserActions={organiserActions}
      />
      {event.status === 'DRAFT' ? null : (
        <SubjectDiscussion
          subjectType="EVENT"
          subjectId={event.id}
          title={event.title}
          returnTo={`/events/${event.id}`}
        />
      )}
      {event.status !== 'DRAFT' ? (
        <FollowSection
          targetType="EVENT"
          targetId={event.id}
          name={event.title}
          returnTo={`/events/${event.id}`}
        />
      ) : null}
    </>
  );
}
