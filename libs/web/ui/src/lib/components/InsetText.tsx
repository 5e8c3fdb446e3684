import type { ReactElement, ReactNode } from 'react';

export interface InsetTextProps {
  children: ReactNode;
}

/** NHS inset text. */
export function InsetText({ children }: InsetTextProps): ReactElement {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      {children}
    </div>
  );
}
