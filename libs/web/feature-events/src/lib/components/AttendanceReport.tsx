import type { AttendanceReportQuery } from '@mic/web-data-access';
import type { ReactElement } from 'react';

export interface AttendanceReportProps {
  eventTitle: string;
  rows: AttendanceReportQuery['attendanceReport'];
  icsNames: Record<string, string>;
}

/** Confirmed and attended delegates by ICS and organisation type. */
export function AttendanceReport({ eventTitle, rows, icsNames }: AttendanceReportProps): ReactElement {
  const total = rows.reduce((acc, r) => ({ confirmed: acc.confirmed + r.confirmed, attended: acc.attended + r.attended }), { confirmed: 0, attended: 0 });
  return (
    <>
      <span className="nhsuk-caption-l">{eventTitle}</span>
      <h1 className="nhsuk-heading-xl">Attendance report</h1>
      <p>
        {total.attended} of {total.confirmed} confirmed delegates checked in.
      </p>
      <table className="nhsuk-table" data-testid="attendance-table">
        <caption className="nhsuk-table__caption">Attendance by ICS and organisation type</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col" className="nhsuk-table__header">ICS</th>
            <th scope="col" className="nhsuk-table__header">Organisation type</th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Confirmed</th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Attended</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((r) => (
            <tr key={`${r.icsOdsCode}:${r.organisationTypeKey}`} className="nhsuk-table__row">
              <td className="nhsuk-table__cell">{r.icsOdsCode ? (icsNames[r.icsOdsCode] ?? r.icsOdsCode) : 'Not in an ICS'}</td>
              <td className="nhsuk-table__cell">{r.organisationTypeKey ?? 'Unknown'}</td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{r.confirmed}</td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{r.attended}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
