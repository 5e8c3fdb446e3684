import { TableHead, TableScroll } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { formatAuditTime } from '../utils/audit-params';

export interface AuditTableEntry {
  id: string;
  createdAt: string;
  actorId?: string | null;
  actorName?: string | null;
  action: string;
  actionLabel: string;
  targetType: string;
  targetId: string;
  summary: string;
}

export interface AuditTableProps {
  entries: AuditTableEntry[];
  caption: string;
}

/** The audit log entries as an NHS table: when, who, what, target and a summary of the change. */
export function AuditTable({ entries, caption }: AuditTableProps): ReactElement {
  if (!entries.length) return <p className="nhsuk-body">No entries match these filters.</p>;
  return (
    <TableScroll labelledBy="audit-caption">
      <table className="nhsuk-table" data-testid="audit-table">
        <caption id="audit-caption" className="nhsuk-table__caption">
          {caption}
        </caption>
        <TableHead columns={['When', 'Who', 'Action', 'Target', 'Details']} rowClass />
        <tbody className="nhsuk-table__body">
          {entries.map((e) => (
            <tr key={e.id} className="nhsuk-table__row">
              <td className="nhsuk-table__cell">
                <time dateTime={e.createdAt}>{formatAuditTime(e.createdAt)}</time>
              </td>
              <td className="nhsuk-table__cell">
                {e.actorId ? (
                  <>
                    {e.actorName ?? 'Unknown person'}
                    <br />
                    <a href={`/admin/audit?actor=${e.actorId}`} className="nhsuk-body-s">
                      Their entries
                      <span className="nhsuk-u-visually-hidden"> ({e.actorName ?? e.actorId})</span>
                    </a>
                  </>
                ) : (
                  'System or not signed in'
                )}
              </td>
              <td className="nhsuk-table__cell">
                {e.actionLabel}
                <br />
                <code className="nhsuk-body-s">{e.action}</code>
              </td>
              <td className="nhsuk-table__cell">
                {e.targetType}
                <br />
                <a
                  href={`/admin/audit?targetType=${encodeURIComponent(e.targetType)}&targetId=${encodeURIComponent(e.targetId)}`}
                  className="nhsuk-body-s"
                >
                  <span className="nhsuk-u-visually-hidden">Entries about </span>
                  {e.targetId.length > 12 ? `${e.targetId.slice(0, 8)}…` : e.targetId}
                </a>
              </td>
              <td className="nhsuk-table__cell">{e.summary || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
