import type { ReactElement, ReactNode } from 'react';

export interface SummaryListRow {
  key: string;
  value: ReactNode;
}

export interface SummaryListProps {
  rows: SummaryListRow[];
  noBorder?: boolean;
}

/** NHS summary list: key/value pairs in a description list. */
export function SummaryList({ rows, noBorder }: SummaryListProps): ReactElement {
  return (
    <dl className={`nhsuk-summary-list${noBorder ? ' nhsuk-summary-list--no-border' : ''}`}>
      {rows.map((row) => (
        <div key={row.key} className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
