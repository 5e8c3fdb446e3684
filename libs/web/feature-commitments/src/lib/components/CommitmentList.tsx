import type { CommitmentsQuery } from '@mic/web-data-access';
import { TableHead, TableScroll } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { formatDay } from '../utils/rag';
import { OverdueTag, RagTag } from './RagTag';

type Node = CommitmentsQuery['commitments']['edges'][number]['node'];

/** The tracker's list: a table of commitments with status, last update, next due and the overdue flag. */
export function CommitmentList({
  items,
  caption,
}: {
  items: Node[];
  caption: string;
}): ReactElement {
  if (!items.length) {
    return <p className="nhsuk-body">No commitments match these filters.</p>;
  }
  return (
    <TableScroll labelledBy="commitments-caption" stickyFirstColumn>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption" id="commitments-caption">
          {caption}
        </caption>
        <TableHead
          rowClass
          columns={['Commitment', 'Organisations', 'Status', 'Last update', 'Next update due']}
        />
        <tbody className="nhsuk-table__body">
          {items.map((c) => (
            <tr key={c.id} className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__cell">
                <a href={`/commitments/${c.id}`}>{c.title ?? c.statement}</a>
                {c.title ? (
                  <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-top-1 nhsuk-u-font-weight-normal">
                    {c.statement}
                  </span>
                ) : null}
              </th>
              <td className="nhsuk-table__cell">
                {c.organisations
                  .map((o) => o.name + (o.lead && c.organisations.length > 1 ? ' (lead)' : ''))
                  .join(', ')}
              </td>
              <td className="nhsuk-table__cell">
                <RagTag status={c.status} />
              </td>
              <td className="nhsuk-table__cell">
                {c.lastUpdateOn ? formatDay(c.lastUpdateOn) : 'None yet'}
              </td>
              <td className="nhsuk-table__cell">
                {formatDay(c.nextUpdateDue)}
                {c.overdue ? (
                  <span className="nhsuk-u-display-block nhsuk-u-margin-top-1">
                    <OverdueTag />
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
