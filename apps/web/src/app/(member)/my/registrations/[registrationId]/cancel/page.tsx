import { RegistrationTicketDocument, hasApiErrorCode } from '@mic/web-data-access';
import { ConfirmPage, eventIdSchema, eventWhere, formatEventWhen } from '@mic/web-feature-events';
import { SummaryList } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../../../lib/apollo/rsc-client';
import { cancelRegistrationAction } from '../../../../../../lib/events/actions';
import { requireSignIn } from '../../../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'Cancel your registration' };

interface CancelRegistrationPageProps {
  params: Promise<{ registrationId: string }>;
}

const ACTIVE = new Set(['CONFIRMED', 'WAITLISTED', 'OFFERED', 'PENDING_APPROVAL']);

/** "Are you sure you want to cancel your registration?" (NHS pattern) before the place is given up. */
export default async function CancelRegistrationPage({ params }: CancelRegistrationPageProps): Promise<ReactElement> {
  const { registrationId } = await params;
  await requireSignIn(`/my/registrations/${registrationId}/cancel`);
  if (!eventIdSchema.safeParse(registrationId).success) notFound();
  const result = await getClient()
    .query({ query: RegistrationTicketDocument, variables: { id: registrationId } })
    .catch((error: unknown) => {
      if (hasApiErrorCode(error, 'NOT_FOUND') || hasApiErrorCode(error, 'BAD_USER_INPUT')) return null;
      throw error;
    });
  const reg = result?.data?.registration;
  if (!reg) notFound();
  // Already cancelled, or the event has started: nothing to confirm here.
  if (!ACTIVE.has(reg.status) || new Date(reg.event.startsAt) <= new Date()) redirect(`/my/registrations/${reg.id}`);
  const event = reg.event;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ConfirmPage
          caption={event.title}
          heading="Are you sure you want to cancel your registration?"
          confirmLabel="Yes, cancel my registration"
          backHref={`/my/registrations/${reg.id}`}
          backLabel={reg.status === 'CONFIRMED' ? 'No, keep my place' : 'No, keep my registration'}
          action={cancelRegistrationAction.bind(null, reg.id)}
        >
          <SummaryList
            rows={[
              { key: 'Event', value: event.title },
              { key: 'When', value: `${formatEventWhen(event.startsAt, event.endsAt)} (UK time)` },
              { key: 'Where', value: eventWhere(event) },
            ]}
          />
          <p>
            {reg.status === 'CONFIRMED' || reg.status === 'OFFERED'
              ? 'Your place will be offered to the next person on the waiting list. If you change your mind, you will need to register again and may not get a place.'
              : 'You will leave the waiting list. If you change your mind, you will need to register again and join the end of the queue.'}
          </p>
        </ConfirmPage>
      </div>
    </div>
  );
}
