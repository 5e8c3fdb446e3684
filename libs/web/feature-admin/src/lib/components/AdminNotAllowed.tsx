import type { ReactElement } from 'react';

/** What someone who is not an admin sees on an admin page (the API refuses them too). */
export function AdminNotAllowed(): ReactElement {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-xl">You do not have access to this page</h1>
        <p data-testid="not-allowed">
          Only regional admins and ICS admins can use the administration pages.
        </p>
        <p>
          If you think you should have access, ask a regional admin for your region. You can{' '}
          <a href="/">go to the home page</a>.
        </p>
      </div>
    </div>
  );
}
