'use client';

import type { ReactElement } from 'react';

interface ErrorPageProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/** NHS "sorry, there is a problem with the service" pattern for unexpected errors. */
export default function ErrorPage({ error, reset }: ErrorPageProps): ReactElement {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-xl">Sorry, there is a problem with the service</h1>
        <p>Try again later.</p>
        <p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => reset()}
          >
            Try again
          </button>
        </p>
        <p>
          You can also <a href="/">go to the homepage</a>.
        </p>
        {error.digest ? <p className="nhsuk-body-s">Error reference: {error.digest}</p> : null}
      </div>
    </div>
  );
}
