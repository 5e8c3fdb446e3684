import { CommitmentDocument, CommitmentEvidenceOptionsDocument } from '@mic/web-data-access';
import { AddUpdateForm } from '@mic/web-feature-commitments';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../../lib/apollo/rsc-client';
import { queryOrNull } from '../../../../../lib/apollo/query-or-null';
import { readSessionToken } from '../../../../../lib/auth/session';
import { addCommitmentUpdateAction } from '../../../../../lib/commitments/actions';

export const metadata: Metadata = { title: 'Add a progress update' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Add a progress update (owner, members of its organisations, admins), with evidence. */
export default async function AddCommitmentUpdatePage({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<ReactElement> {
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  if (!(await readSessionToken()))
    redirect(`/sign-in?returnTo=${encodeURIComponent(`/commitments/${id}/update`)}`);
  const [result, options] = await Promise.all([
    queryOrNull({ query: CommitmentDocument, variables: { id } }),
    getClient().query({ query: CommitmentEvidenceOptionsDocument }),
  ]);
  const c = result?.data?.commitment;
  if (!c) notFound();
  if (!options.data) throw new Error('The update form is unavailable');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={`/commitments/${c.id}`}>Back to the commitment</BackLink>
        <span className="nhsuk-caption-l">{c.title ?? c.statement}</span>
        <h1 className="nhsuk-heading-l">Add a progress update</h1>
        {c.viewerCanUpdate ? (
          <AddUpdateForm
            action={addCommitmentUpdateAction.bind(null, c.id)}
            caseStudies={options.data.caseStudies.edges.map((e) => e.node)}
            events={options.data.events.edges.map((e) => e.node)}
            unit={c.target?.unit ?? null}
            hasTarget={Boolean(c.target)}
          />
        ) : (
          <p className="nhsuk-body">
            Only the owner of this commitment, verified members of its organisations and admins can
            report progress on it.
          </p>
        )}
      </div>
    </div>
  );
}
