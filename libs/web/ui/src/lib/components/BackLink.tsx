import type { ReactElement } from 'react';

export interface BackLinkProps {
  href: string;
  children?: string;
}

/** NHS back link. */
export function BackLink({ href, children = 'Back' }: BackLinkProps): ReactElement {
  return (
    <a className="nhsuk-back-link" href={href}>
      {children}
    </a>
  );
}
