import type { AdminPeopleQuery } from '@mic/web-data-access';
import { TableHead, TableScroll, Tag } from '@mic/web-ui';
import type { ReactElement } from 'react';

import { ROLE_TEXT, personStatus } from '../utils/people-params';

type Person = AdminPeopleQuery['adminPeople']['edges'][number]['node'];

/** The people found, by name: each name links to the person's admin page. */
export function PeopleTable({ people }: { people: readonly Person[] }): ReactElement {
  if (!people.length) {
    return <p className="nhsuk-body">No people match. Try fewer filters or part of a name.</p>;
  }
  return (
    <TableScroll labelledBy="admin-people-caption">
      <table className="nhsuk-table" data-testid="admin-people">
        <caption id="admin-people-caption" className="nhsuk-table__caption nhsuk-u-visually-hidden">
          People, by name
        </caption>
        <TableHead columns={['Name', 'Email', 'Organisation', 'Status', 'Roles']} />
        <tbody className="nhsuk-table__body">
          {people.map((p) => {
            const status = personStatus(p);
            return (
              <tr key={p.id} className="nhsuk-table__row">
                <td className="nhsuk-table__cell">
                  <a href={`/admin/people/${p.id}`}>{p.name}</a>
                </td>
                <td className="nhsuk-table__cell">{p.email ?? ''}</td>
                <td className="nhsuk-table__cell">{p.organisation?.name ?? 'None'}</td>
                <td className="nhsuk-table__cell">
                  <Tag colour={status.colour}>{status.text}</Tag>
                </td>
                <td className="nhsuk-table__cell">{p.roles.map((r) => ROLE_TEXT[r]).join(', ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
