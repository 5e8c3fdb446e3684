import type { ReactElement } from 'react';

export interface SkipLinkProps {
  href?: string;
  children?: string;
}

/** NHS skip link: the first focusable element on every page. */
export function SkipLink({
  href = '#maincontent',
  children = 'Skip to main content',
}: SkipLinkProps): ReactElement {
  return (
    <a className="nhsuk-skip-link" href={href}>
      {children}
    </a>
  );
}
