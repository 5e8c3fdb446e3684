import { TableHead, TableScroll } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { RegistrationChangeData } from '../utils/registration-history';
import { registrationHistoryRows } from '../utils/registration-history';

export interface RegistrationHistoryProps {
  history: RegistrationChangeData[];
  /** The signed-in user: their own changes read "You". */
  viewerId?: string | null;
}

/** "Changes to this registration": an NHS table of when, who, from → to and why, oldest first. */
export function RegistrationHistory({
  history,
  viewerId,
}: RegistrationHistoryProps): ReactElement | null {
  if (!history.length) return null;
  const rows = registrationHistoryRows(history, viewerId);
  return (
    <TableScroll labelledBy="registration-history-caption" stickyFirstColumn>
      <table className="nhsuk-table" data-testid="registration-history">
        <caption
          className="nhsuk-table__caption nhsuk-table__caption--m"
          id="registration-history-caption"
        >
          Changes to this registration
        </caption>
        <TableHead columns={['Date (UK time)', 'Who', 'Status', 'Reason']} />
        <tbody className="nhsuk-table__body">
          {rows.map((row, i) => (
            <tr key={`${history[i].at}-${i}`} className="nhsuk-table__row">
              <td className="nhsuk-table__cell">
                <time dateTime={history[i].at}>{row.when}</time>
              </td>
              <td className="nhsuk-table__cell">{row.who}</td>
              <td className="nhsuk-table__cell">{row.change}</td>
              <td className="nhsuk-table__cell">
                {row.reason}
                {row.otherEvent ? (
                  <>
                    {' '}
                    <a href={`/events/${row.otherEvent.id}`}>{row.otherEvent.title}</a>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
