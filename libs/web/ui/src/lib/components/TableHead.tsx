import type { ReactElement, ReactNode } from 'react';

/** A column heading: its text, or the text and whether the column holds numbers (right-aligned). */
export type TableColumn = string | { text: ReactNode; numeric?: boolean };

export interface TableHeadProps {
  columns: ReadonlyArray<TableColumn>;
  /** Give the heading row the NHS row class too (`nhsuk-table__row`). */
  rowClass?: boolean;
}

/** The NHS table head: one row of column headings (`scope="col"`). */
export function TableHead({ columns, rowClass }: TableHeadProps): ReactElement {
  return (
    <thead className="nhsuk-table__head">
      <tr className={rowClass ? 'nhsuk-table__row' : undefined}>
        {columns.map((column, index) => {
          const { text, numeric } =
            typeof column === 'string' ? { text: column, numeric: false } : column;
          return (
            <th
              key={index}
              scope="col"
              className={`nhsuk-table__header${numeric ? ' nhsuk-table__header--numeric' : ''}`}
            >
              {text}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
