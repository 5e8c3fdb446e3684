import type { ReactElement, ReactNode } from 'react';

export interface CardProps {
  heading: string;
  headingLevel?: 2 | 3 | 4;
  /** Makes the whole card clickable through its heading link. */
  href?: string;
  description?: ReactNode;
  children?: ReactNode;
}

/** NHS card; clickable when `href` is given. */
export function Card({
  heading,
  headingLevel = 2,
  href,
  description,
  children,
}: CardProps): ReactElement {
  const HeadingTag = `h${headingLevel}` as const;
  return (
    <div className={`nhsuk-card${href ? ' nhsuk-card--clickable' : ''}`}>
      <div className="nhsuk-card__content">
        <HeadingTag className="nhsuk-card__heading nhsuk-heading-m">
          {href ? (
            <a className="nhsuk-card__link" href={href}>
              {heading}
            </a>
          ) : (
            heading
          )}
        </HeadingTag>
        {description ? <p className="nhsuk-card__description">{description}</p> : null}
        {children}
      </div>
    </div>
  );
}
