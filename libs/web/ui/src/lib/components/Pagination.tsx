import type { ReactElement } from 'react';

import { Icon } from './Icon';

export interface PaginationLink {
  href: string;
  /** Visible title, e.g. "Next" or "First page". */
  title: string;
  /** Optional label under the title, e.g. "Results 21 to 40". */
  label?: string;
}

export interface PaginationProps {
  previous?: PaginationLink;
  next?: PaginationLink;
  ariaLabel?: string;
}

/** NHS pagination (previous/next variant, for cursor-based lists). */
export function Pagination({
  previous,
  next,
  ariaLabel = 'Pagination',
}: PaginationProps): ReactElement | null {
  if (!previous && !next) return null;
  return (
    <nav className="nhsuk-pagination" role="navigation" aria-label={ariaLabel}>
      <ul className="nhsuk-list nhsuk-pagination__list">
        {previous ? (
          <li className="nhsuk-pagination-item--previous">
            <a
              className="nhsuk-pagination__link nhsuk-pagination__link--prev"
              href={previous.href}
              rel="prev"
            >
              <span className="nhsuk-pagination__title">{previous.title}</span>
              {previous.label ? (
                <>
                  <span className="nhsuk-u-visually-hidden">:</span>
                  <span className="nhsuk-pagination__page">{previous.label}</span>
                </>
              ) : null}
              <Icon name="arrow-left" />
            </a>
          </li>
        ) : null}
        {next ? (
          <li className="nhsuk-pagination-item--next">
            <a
              className="nhsuk-pagination__link nhsuk-pagination__link--next"
              href={next.href}
              rel="next"
            >
              <span className="nhsuk-pagination__title">{next.title}</span>
              {next.label ? (
                <>
                  <span className="nhsuk-u-visually-hidden">:</span>
                  <span className="nhsuk-pagination__page">{next.label}</span>
                </>
              ) : null}
              <Icon name="arrow-right" />
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
