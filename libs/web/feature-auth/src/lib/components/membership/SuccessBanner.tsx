import { useId } from 'react';
import type { ReactElement, ReactNode } from 'react';

export interface SuccessBannerProps {
  children: ReactNode;
  title?: string;
}

/** NHS success notification banner (announced politely). */
export function SuccessBanner({ children, title = 'Success' }: SuccessBannerProps): ReactElement {
  // Unique per banner: a page may show more than one (e.g. two lists on the admin queue).
  const titleId = useId();
  return (
    <div
      className="nhsuk-notification-banner nhsuk-notification-banner--success"
      role="status"
      aria-labelledby={titleId}
      data-testid="success-banner"
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}
