import { TableHead, TableScroll } from '@mic/web-ui';
import type { ReactElement } from 'react';

export interface DataTableView {
  caption: string;
  empty: string;
  columns: ReadonlyArray<{ label: string; numeric: boolean }>;
  rows: ReadonlyArray<{
    cells: ReadonlyArray<{ text: string; value: number | null; href: string | null }>;
  }>;
}

export interface DataTableProps {
  table: DataTableView;
  id: string;
}

/** A dashboard table as an NHS table: caption, column headings with scope, first cell a row heading. */
export function DataTable({ table, id }: DataTableProps): ReactElement {
  const captionId = `${id}-caption`;
  if (table.rows.length === 0) {
    return (
      <div data-testid="dashboard-table-empty">
        <h4 className="nhsuk-heading-s" id={captionId}>
          {table.caption}
        </h4>
        <p>{table.empty}</p>
      </div>
    );
  }
  return (
    <TableScroll labelledBy={captionId}>
      <table className="nhsuk-table" id={id} data-testid="dashboard-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s" id={captionId}>
          {table.caption}
        </caption>
        <TableHead columns={table.columns.map((c) => ({ text: c.label, numeric: c.numeric }))} />
        <tbody className="nhsuk-table__body">
          {table.rows.map((row, r) => (
            <tr className="nhsuk-table__row" key={r}>
              {row.cells.map((cell, c) => {
                const numeric = table.columns[c]?.numeric ?? false;
                const content = cell.href ? <a href={cell.href}>{cell.text}</a> : cell.text;
                return c === 0 ? (
                  <th scope="row" className="nhsuk-table__header" key={c}>
                    {content}
                  </th>
                ) : (
                  <td
                    className={`nhsuk-table__cell${numeric ? ' nhsuk-table__cell--numeric' : ''}`}
                    key={c}
                  >
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
