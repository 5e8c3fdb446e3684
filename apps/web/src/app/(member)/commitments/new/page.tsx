import { CommitmentFormOptionsDocument } from '@mic/web-data-access';
import { CreateCommitmentForm } from '@mic/web-feature-commitments';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { readSessionToken } from '../../../../lib/auth/session';
import { createCommitmentAction } from '../../../../lib/commitments/actions';

export const metadata: Metadata = { title: 'Record a commitment' };

/** Make a commitment (verified members for their organisation; admins). */
export default async function NewCommitmentPage(): Promise<ReactElement> {
  if (!(await readSessionToken()))
    redirect(`/sign-in?returnTo=${encodeURIComponent('/commitments/new')}`);
  const { data } = await getClient().query({ query: CommitmentFormOptionsDocument });
  if (!data) throw new Error('The commitment form is unavailable');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/commitments">All commitments</BackLink>
        <h1 className="nhsuk-heading-l">Record a commitment</h1>
        <p className="nhsuk-body">
          You can record a commitment for your own organisation once your membership is verified.
          You will own it: you will be reminded when a progress update is due.
        </p>
        <CreateCommitmentForm
          action={createCommitmentAction}
          organisations={data.organisations.edges.map((e) => e.node)}
          themes={data.themes}
          metrics={data.metrics}
          defaultOrganisationId={null}
        />
      </div>
    </div>
  );
}
