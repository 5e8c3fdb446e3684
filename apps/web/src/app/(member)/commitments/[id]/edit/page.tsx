import { CommitmentDocument, CommitmentFormOptionsDocument } from '@mic/web-data-access';
import { EditCommitmentForm } from '@mic/web-feature-commitments';
import { BackLink } from '@mic/web-ui';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../../lib/apollo/rsc-client';
import { queryOrNull } from '../../../../../lib/apollo/query-or-null';
import { readSessionToken } from '../../../../../lib/auth/session';
import { updateCommitmentAction } from '../../../../../lib/commitments/actions';

export const metadata: Metadata = { title: 'Change a commitment' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const parts = (iso: string | null | undefined) => {
  const [year = '', month = '', day = ''] = (iso ?? '').split('-');
  return { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year };
};

/** Change a commitment (members of its organisations, admins of their ICS, regional admins). */
export default async function EditCommitmentPage({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<ReactElement> {
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  if (!(await readSessionToken()))
    redirect(`/sign-in?returnTo=${encodeURIComponent(`/commitments/${id}/edit`)}`);
  const [result, options] = await Promise.all([
    queryOrNull({ query: CommitmentDocument, variables: { id } }),
    getClient().query({ query: CommitmentFormOptionsDocument }),
  ]);
  const c = result?.data?.commitment;
  if (!c) notFound();
  if (!options.data) throw new Error('The commitment form is unavailable');
  const listed = options.data.organisations.edges.map((e) => e.node);
  const organisations = [
    ...c.organisations.filter((o) => !listed.some((l) => l.id === o.id)),
    ...listed,
  ].map((o) => ({ id: o.id, name: o.name }));
  const lead = c.organisations.find((o) => o.lead);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={`/commitments/${c.id}`}>Back to the commitment</BackLink>
        <span className="nhsuk-caption-l">{c.title ?? c.statement}</span>
        <h1 className="nhsuk-heading-l">Change the commitment</h1>
        {c.viewerCanEdit ? (
          <>
            <p className="nhsuk-body">
              Progress is reported with a progress update, not here. Every change is recorded in the
              audit log with what it was before.
            </p>
            <EditCommitmentForm
              action={updateCommitmentAction.bind(null, c.id, Boolean(c.target))}
              organisations={organisations}
              target={c.target ? { metricLabel: c.target.metricLabel, unit: c.target.unit } : null}
              current={{
                title: c.title ?? '',
                statement: c.statement,
                organisationIds: [
                  ...(lead ? [lead.id] : []),
                  ...c.organisations.filter((o) => !o.lead).map((o) => o.id),
                ],
                cadence: c.cadence,
                targetValue: c.target ? String(c.target.value) : '',
                targetDate: parts(c.target?.targetDate),
              }}
            />
          </>
        ) : (
          <p className="nhsuk-body">
            Only verified members of its organisations, admins of their ICS and regional admins can
            change this commitment.
          </p>
        )}
      </div>
    </div>
  );
}
