import {
  CommitmentAdoptionFiguresDocument,
  CommitmentDocument,
  CommitmentEvidenceOptionsDocument,
} from '@mic/web-data-access';
import { AddUpdateForm, citableFigureOptions, currentFigures } from '@mic/web-feature-commitments';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../../lib/apollo/rsc-client';
import { queryOrNull } from '../../../../../lib/apollo/query-or-null';
import { readSessionToken } from '../../../../../lib/auth/session';
import { addCommitmentUpdateAction } from '../../../../../lib/commitments/actions';
import { loadUploadPolicy } from '../../../../../lib/files/upload-policy';

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
  const [result, options, uploadPolicy] = await Promise.all([
    queryOrNull({ query: CommitmentDocument, variables: { id } }),
    getClient().query({ query: CommitmentEvidenceOptionsDocument }),
    loadUploadPolicy(),
  ]);
  const c = result?.data?.commitment;
  if (!c) notFound();
  if (!options.data) throw new Error('The update form is unavailable');
  // Adoption figures of the viewer's own ICS(s): one query per ICS (usually one).
  const icsCodes = options.data.me?.organisation?.icss.map((i) => i.odsCode) ?? [];
  const adoptionLists = await Promise.all(
    icsCodes.map((icsOdsCode) =>
      getClient().query({ query: CommitmentAdoptionFiguresDocument, variables: { icsOdsCode } }),
    ),
  );
  const figures = citableFigureOptions([
    ...options.data.caseStudies.edges.flatMap((e) => currentFigures(e.node.title, e.node.outcomes)),
    ...adoptionLists.flatMap(
      (r) =>
        r.data?.adoptions.flatMap((a) =>
          currentFigures(`${a.organisation.name} (adopting ${a.caseStudy.title})`, a.outcomes),
        ) ?? [],
    ),
  ]);
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
            figures={figures}
            uploadPolicy={uploadPolicy}
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
