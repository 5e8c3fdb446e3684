import type { ReactElement, ReactNode } from 'react';

export interface TableScrollProps {
  /** Id of the element that names the table (its caption or heading); the region takes that name. */
  labelledBy: string;
  /** Keep the first column in view while the rest scrolls sideways (row headers). */
  stickyFirstColumn?: boolean;
  children: ReactNode;
}

/**
 * A wide table that scrolls inside its own labelled, focusable region rather
 * than making the page scroll sideways (WCAG 1.4.10 reflow). Keyboard users can
 * focus the region and scroll it with the arrow keys; screen readers announce
 * it by the table's caption. Put the table's `<caption>` (or a heading) id in
 * `labelledBy`.
 */
export function TableScroll({ labelledBy, stickyFirstColumn = false, children }: TableScrollProps): ReactElement {
  return (
    <div
      className={`mic-table-scroll${stickyFirstColumn ? ' mic-table-scroll--sticky' : ''}`}
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
