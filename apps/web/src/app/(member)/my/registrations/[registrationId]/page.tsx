import { RegistrationTicketDocument, hasApiErrorCode } from '@mic/web-data-access';
import { RegistrationTicket, eventIdSchema } from '@mic/web-feature-events';
import { Button } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { z } from 'zod';

import { getClient } from '../../../../../lib/apollo/rsc-client';
import { acceptOfferAction, cancelRegistrationAction, declineOfferAction } from '../../../../../lib/events/actions';
import { requireSignIn } from '../../../../../lib/events/load-event';

export const metadata: Metadata = { title: 'Your registration' };

interface TicketPageProps {
  params: Promise<{ registrationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const messageSchema = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(200).optional().catch(undefined));

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
  const message = messageSchema.parse((await searchParams)['message']);
  const active = ['CONFIRMED', 'WAITLISTED', 'OFFERED', 'PENDING_APPROVAL'].includes(reg.status);
  const actions = (
    <div className="nhsuk-u-margin-top-4">
      {reg.status === 'OFFERED' ? (
        <>
          <form action={acceptOfferAction.bind(null, reg.id)}>
            <Button>Accept the place</Button>
          </form>
          <form action={declineOfferAction.bind(null, reg.id)}>
            <Button variant="secondary">Decline the place</Button>
          </form>
        </>
      ) : null}
      {active && new Date(reg.event.startsAt) > new Date() ? (
        <form action={cancelRegistrationAction.bind(null, reg.id)}>
          <Button variant="warning">Cancel my registration</Button>
        </form>
      ) : null}
    </div>
  );
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <RegistrationTicket registration={reg} actions={actions} message={message} viewerId={result?.data?.me?.id} />
      </div>
    </div>
  );
}
