import { RegistrationTicketDocument, hasApiErrorCode } from '@mic/web-data-access';
import { OfferActions, RegistrationTicket, eventIdSchema } from '@mic/web-feature-events';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { getClient } from '../../../../../lib/apollo/rsc-client';
import { offerDecisionAction } from '../../../../../lib/events/actions';
import { requireSignIn } from '../../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'Your registration' };

interface TicketPageProps {
  params: Promise<{ registrationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** What was just done (a code in the URL, never text): the page says it in its own words. */
const doneSchema = z.preprocess(
  (v) => (Array.isArray(v) ? v[0] : v),
  z.enum(['registered', 'cancelled', 'accepted', 'declined']).optional().catch(undefined),
);

const DONE_MESSAGES: Record<'cancelled' | 'accepted' | 'declined', string> = {
  cancelled: 'Your registration has been cancelled.',
  accepted: 'Your place is confirmed.',
  declined: 'You have declined the place.',
};

export default async function TicketPage({ params, searchParams }: TicketPageProps): Promise<ReactElement> {
  const { registrationId } = await params;
  await requireSignIn(`/my/registrations/${registrationId}`);
  if (!eventIdSchema.safeParse(registrationId).success) notFound();
  const result = await getClient()
    .query({ query: RegistrationTicketDocument, variables: { id: registrationId } })
    .catch((error: unknown) => {
      if (hasApiErrorCode(error, 'NOT_FOUND') || hasApiErrorCode(error, 'BAD_USER_INPUT')) return null;
      throw error;
    });
  const reg = result?.data?.registration;
  if (!reg) notFound();
  const done = doneSchema.parse((await searchParams)['done']);
  const active = ['CONFIRMED', 'WAITLISTED', 'OFFERED', 'PENDING_APPROVAL'].includes(reg.status);
  const actions = (
    <div className="nhsuk-u-margin-top-4">
      {reg.status === 'OFFERED' ? <OfferActions action={offerDecisionAction.bind(null, reg.id)} /> : null}
      {active && new Date(reg.event.startsAt) > new Date() ? (
        <p>
          <a href={`/my/registrations/${reg.id}/cancel`}>Cancel my registration</a>
        </p>
      ) : null}
    </div>
  );
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <RegistrationTicket
          registration={reg}
          actions={actions}
          justRegistered={done === 'registered'}
          message={done && done !== 'registered' ? DONE_MESSAGES[done] : undefined}
          viewerId={result?.data?.me?.id}
        />
      </div>
    </div>
  );
}
