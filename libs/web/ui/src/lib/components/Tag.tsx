import type { ReactElement, ReactNode } from 'react';

/** The NHS tag colours. */
export type TagColour =
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

export interface TagProps {
  children: ReactNode;
  colour?: TagColour;
}

/** NHS tag, e.g. for a status. */
export function Tag({ children, colour }: TagProps): ReactElement {
  return (
    <strong className={`nhsuk-tag${colour ? ` nhsuk-tag--${colour}` : ''}`}>{children}</strong>
  );
}
