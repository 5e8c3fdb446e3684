import type { AttendanceReportQuery } from '@mic/web-data-access';
import { TableHead, TableScroll } from '@mic/web-ui';
import type { ReactElement } from 'react';

export interface AttendanceReportProps {
  eventTitle: string;
  rows: AttendanceReportQuery['attendanceReport'];
}

/** Confirmed and attended delegates by ICS and organisation type, by their names. */
export function AttendanceReport({ eventTitle, rows }: AttendanceReportProps): ReactElement {
  const total = rows.reduce(
    (acc, r) => ({ confirmed: acc.confirmed + r.confirmed, attended: acc.attended + r.attended }),
    { confirmed: 0, attended: 0 },
  );
  return (
    <>
      <span className="nhsuk-caption-l">{eventTitle}</span>
      <h1 className="nhsuk-heading-xl">Attendance report</h1>
      <p>
        {total.attended} of {total.confirmed} confirmed delegates checked in.
      </p>
      <TableScroll labelledBy="attendance-caption" stickyFirstColumn>
        <table className="nhsuk-table" data-testid="attendance-table">
          <caption className="nhsuk-table__caption" id="attendance-caption">
            Attendance by ICS and organisation type
          </caption>
          <TableHead
            columns={[
              'ICS',
              'Organisation type',
              { text: 'Confirmed', numeric: true },
              { text: 'Attended', numeric: true },
            ]}
          />
          <tbody className="nhsuk-table__body">
            {rows.map((r) => (
              <tr key={`${r.icsOdsCode}:${r.organisationTypeKey}`} className="nhsuk-table__row">
                <td className="nhsuk-table__cell">
                  {r.icsOdsCode ? (r.icsName ?? r.icsOdsCode) : 'Not in an ICS'}
                </td>
                <td className="nhsuk-table__cell">
                  {r.organisationTypeKey
                    ? (r.organisationTypeLabel ?? r.organisationTypeKey)
                    : 'Not known'}
                </td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{r.confirmed}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{r.attended}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
