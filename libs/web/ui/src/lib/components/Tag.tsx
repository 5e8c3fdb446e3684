import type { ReactElement, ReactNode } from 'react';

export interface TagProps {
  children: ReactNode;
  colour?:
    | 'white'
    | 'grey'
    | 'green'
    | 'aqua-green'
    | 'blue'
    | 'purple'
    | 'pink'
    | 'red'
    | 'orange'
    | 'yellow';
}

/** NHS tag, e.g. for a status. */
export function Tag({ children, colour }: TagProps): ReactElement {
  return (
    <strong className={`nhsuk-tag${colour ? ` nhsuk-tag--${colour}` : ''}`}>{children}</strong>
  );
}
