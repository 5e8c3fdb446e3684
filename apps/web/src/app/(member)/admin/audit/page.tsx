import { Role } from '@mic/shared-util';
import { AuditLogDocument, SessionUserDocument } from '@mic/web-data-access';
import {
  AUDIT_PAGE_SIZE,
  AuditFilterForm,
  AuditTable,
  auditCsvHref,
  auditFilter,
  auditHref,
  parseAuditParams,
} from '@mic/web-feature-audit';
import { ErrorSummary, Pagination, errorSummaryItems } from '@mic/web-ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';

import { getClient } from '../../../../lib/apollo/rsc-client';
import { requireSession } from '../../../../lib/auth/require-session';

export const metadata: Metadata = { title: 'Audit log' };

const PATH = '/admin/audit';

interface AuditPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The readable audit log: regional admins see every entry, ICS admins their ICS's. */
export default async function AuditPage({ searchParams }: AuditPageProps): Promise<ReactElement> {
  await requireSession(PATH);
  const client = getClient();
  const me = await client
    .query({ query: SessionUserDocument, fetchPolicy: 'no-cache' })
    .then((result) => result.data?.me ?? null)
    .catch(() => null);
  if (!me) redirect(`/sign-in?returnTo=${encodeURIComponent(PATH)}`);
  const regional = me.roles.includes(Role.REGIONAL_ADMIN);
  // The API enforces this too; here it only chooses what to show.
  if (!regional && !me.roles.includes(Role.ICS_ADMIN)) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1 className="nhsuk-heading-xl">You cannot see this page</h1>
          <p data-testid="not-allowed">
            Only regional admins and ICS admins can read the audit log.
          </p>
        </div>
      </div>
    );
  }
  const { params, errors } = parseAuditParams(await searchParams);
  const { data } = await client.query({
    query: AuditLogDocument,
    variables: {
      filter: auditFilter(params, errors),
      first: AUDIT_PAGE_SIZE,
      after: params.after ?? null,
      before: params.before ?? null,
    },
    fetchPolicy: 'no-cache',
  });
  if (!data) throw new Error('The audit log is unavailable');
  const { totalCount, pageInfo, edges } = data.auditLog;
  const fieldIds: Record<string, string> = {
    actor: 'actor',
    action: 'action',
    targetType: 'targetType',
    targetId: 'targetId',
    from: 'from',
    to: 'to',
  };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <ErrorSummary errors={errorSummaryItems(errors, (field) => fieldIds[field])} />
        <h1 className="nhsuk-heading-l">Audit log</h1>
        <p className="nhsuk-body">
          {regional
            ? 'Every recorded admin, moderation, approval, export, cancellation, move, role and sign-in action, newest first.'
            : 'The recorded actions in your ICS: by people with a role in it, or about its events, organisations and members. Newest first.'}{' '}
          Entries cannot be changed or deleted.
        </p>
      </div>
      <div className="nhsuk-grid-column-one-third">
        <AuditFilterForm params={params} errors={errors} actions={data.auditActions} />
      </div>
      <div className="nhsuk-grid-column-two-thirds">
        <p className="nhsuk-body" role="status">
          {totalCount} {totalCount === 1 ? 'entry' : 'entries'}
        </p>
        <p className="nhsuk-body">
          <a href={auditCsvHref(params)} download data-testid="audit-csv">
            Download these entries (CSV)
          </a>{' '}
          <span className="nhsuk-body-s">
            (up to 10,000, newest first; the download is itself recorded)
          </span>
        </p>
        <AuditTable entries={edges.map((e) => e.node)} caption="Audit log entries, newest first" />
        <Pagination
          previous={
            pageInfo.hasPreviousPage && pageInfo.startCursor
              ? {
                  href: auditHref(params, { before: pageInfo.startCursor }),
                  title: 'Previous',
                  label: 'Newer entries',
                }
              : undefined
          }
          next={
            pageInfo.hasNextPage && pageInfo.endCursor
              ? {
                  href: auditHref(params, { after: pageInfo.endCursor }),
                  title: 'Next',
                  label: 'Older entries',
                }
              : undefined
          }
          ariaLabel="Audit log pages"
        />
      </div>
    </div>
  );
}
